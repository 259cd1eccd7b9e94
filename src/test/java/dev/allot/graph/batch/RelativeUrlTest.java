package dev.allot.graph.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.allot.error.AllotException;

class RelativeUrlTest {

    @Test
    void a_url_with_or_without_leading_slash_lands_under_the_graph_root() {
        assertThat(RelativeUrl.parse("1", "/users/adele@contoso.com").path()).isEqualTo("/v1.0/users/adele@contoso.com");
        assertThat(RelativeUrl.parse("1", "users").path()).isEqualTo("/v1.0/users");
    }

    @Test
    void the_query_is_decoded_as_servlets_do_and_encoded_again() {
        RelativeUrl url = RelativeUrl.parse("1", "users?$filter=displayName eq 'A+B'&$top=5&$select=id,%20displayName");

        assertThat(url.parameters().get("$filter")).containsExactly("displayName eq 'A B'");
        assertThat(url.parameters().get("$select")).containsExactly("id, displayName");
        assertThat(url.queryString()).isEqualTo("$filter=displayName%20eq%20%27A%20B%27&$top=5&$select=id%2C%20displayName");
    }

    @Test
    void the_path_is_percent_encoded_for_the_request_uri() {
        RelativeUrl url = RelativeUrl.parse("1", "/users/Adele%20Vance");

        assertThat(url.path()).isEqualTo("/v1.0/users/Adele Vance");
        assertThat(url.encodedPath()).isEqualTo("/v1.0/users/Adele%20Vance");
        assertThat(url.queryString()).isNull();
    }

    @Test
    void absolute_urls_dot_segments_fragments_and_broken_escapes_are_refused() {
        for (String bad : List.of("https://graph.microsoft.com/v1.0/me", "//host/x", "..", "a/./b", "a/%2e%2e/b", "users#x", "users/%g1",
                "users?$top=%")) {
            assertThatThrownBy(() -> RelativeUrl.parse("7", bad)).as(bad).isInstanceOf(AllotException.class)
                    .hasMessageContaining("of request '7' must be relative to /v1.0");
        }
    }
}
