package dev.allot.graph.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;

import dev.allot.directory.UserPage.PageKey;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import tools.jackson.databind.json.JsonMapper;

class SkipTokenTest {

    private static final String SCOPE = "tenant|DISPLAY_NAME|false|department eq 'Sales'";
    private static final UUID TENANT = UUID.randomUUID();
    private static final String GROUPS = SkipToken.scope("groups", TENANT, null);
    private static final String MEMBERS = SkipToken.scope("groups/" + UUID.randomUUID() + "/members", TENANT);

    @Test
    void a_token_brings_back_the_position_it_was_made_for_with_any_sort_value_and_is_url_safe() {
        for (PageKey position : List.of(new PageKey("Adele \"Vance\" ünïcode", UUID.randomUUID()),
                new PageKey("Zoë & Co\nline two_", UUID.randomUUID()))) {
            for (String scope : List.of(SCOPE, GROUPS)) {
                String token = SkipToken.encode(position, scope);

                assertThat(token).matches("[A-Za-z0-9_-]+");
                assertThat(SkipToken.decode(token, scope)).isEqualTo(position);
            }
        }
    }

    @Test
    void a_token_is_refused_for_any_other_scope() {
        String token = SkipToken.encode(new PageKey("Adele", UUID.randomUUID()), SCOPE);

        assertRefused(token, SCOPE + " ");
    }

    @Test
    void a_token_that_is_not_base64_json_of_a_position_is_refused() {
        for (String token : List.of("", "!!!", "bm90IGpzb24", "W10", "eyJ2IjoxfQ", "a".repeat(5000))) {
            assertRefused(token, SCOPE);
        }
    }

    @Test
    void a_forged_token_with_a_matching_checksum_but_no_valid_id_is_refused_not_a_failure() {
        JsonMapper json = JsonMapper.builder().build();
        String checksum = Base64.getUrlEncoder().withoutPadding().encodeToString(
                Arrays.copyOf(DigestUtils.sha256(json.writeValueAsBytes(List.of(SCOPE, "Adele", "not-a-guid"))), 12));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"v\":\"Adele\",\"i\":\"not-a-guid\",\"c\":\"" + checksum + "\"}").getBytes(StandardCharsets.UTF_8));

        assertRefused(forged, SCOPE);
    }

    @Test
    void no_token_means_the_first_page() {
        assertThat(SkipToken.decode(null, GROUPS)).isNull();
    }

    @Test
    void a_token_of_another_collection_or_garbage_is_refused() {
        String members = SkipToken.encode(new PageKey("Ann", UUID.randomUUID()), MEMBERS);

        assertThatThrownBy(() -> SkipToken.decode(members, GROUPS)).isInstanceOf(AllotException.class);
        assertThatThrownBy(() -> SkipToken.decode("!!", GROUPS)).isInstanceOf(AllotException.class);
        assertThatThrownBy(() -> SkipToken.decode("Z3JvdXBzCm5vdC1hLXV1aWQKQW5u", GROUPS)).isInstanceOf(AllotException.class);
    }

    @Test
    void a_scope_joins_its_parts_as_the_users_collection_always_wrote_it() {
        assertThat(SkipToken.scope("tenant", "DISPLAY_NAME", false, "department eq 'Sales'")).isEqualTo(SCOPE);
        assertThat(SkipToken.scope("tenant", "DISPLAY_NAME", false, null)).isEqualTo("tenant|DISPLAY_NAME|false|");
    }

    private static void assertRefused(String token, String scope) {
        assertThatThrownBy(() -> SkipToken.decode(token, scope))
                .isInstanceOf(AllotException.class)
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST))
                .hasMessageStartingWith("The $skiptoken is not valid for this request.");
    }
}
