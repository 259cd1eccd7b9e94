package dev.allot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.allot.testing.ApiClient.Response;
import tools.jackson.databind.JsonNode;

/** Checks that an admin API answer is an RFC 9457 problem detail, and hands back its detail to check the wording. */
public final class Problems {

    private Problems() {
    }

    /** code is the ErrorCode's name, e.g. INVALID_VALUE; its title and type follow from it. */
    public static String assertProblem(Response r, int status, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("code").asString()).isEqualTo(code);
        String title = titleOf(code);
        assertThat(problem.path("type").asString()).isEqualTo("https://allot.dev/problems/" + title.replace(" ", ""));
        assertThat(problem.path("title").asString()).isEqualTo(title);
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at dev.allot");
        return problem.path("detail").asString();
    }

    private static String titleOf(String code) {
        StringBuilder title = new StringBuilder();
        for (String word : code.toLowerCase(java.util.Locale.ROOT).split("_")) {
            title.append(title.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return title.toString();
    }
}
