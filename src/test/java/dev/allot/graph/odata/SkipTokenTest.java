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

    @Test
    void a_token_brings_back_the_position_it_was_made_for() {
        PageKey position = new PageKey("Adele \"Vance\" ünïcode", UUID.randomUUID());

        String token = SkipToken.encode(position, SCOPE);

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(SkipToken.decode(token, SCOPE)).isEqualTo(position);
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

    private static void assertRefused(String token, String scope) {
        assertThatThrownBy(() -> SkipToken.decode(token, scope))
                .isInstanceOf(AllotException.class)
                .satisfies(e -> assertThat(((AllotException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST))
                .hasMessageStartingWith("The $skiptoken is not valid for this request.");
    }
}
