package dev.allot.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.allot.error.AllotException;

class KeysetTokenTest {

    @Test
    void a_token_round_trips_any_sort_value_and_is_url_safe() {
        KeysetToken key = new KeysetToken("Zoë & Co\nline two_", UUID.randomUUID());

        String token = key.encode("groups");

        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(KeysetToken.decode("groups", token)).isEqualTo(key);
    }

    @Test
    void no_token_means_the_first_page() {
        assertThat(KeysetToken.decode("groups", null)).isNull();
    }

    @Test
    void a_token_of_another_collection_or_garbage_is_refused() {
        String members = new KeysetToken("Ann", UUID.randomUUID()).encode("members");

        assertThatThrownBy(() -> KeysetToken.decode("groups", members)).isInstanceOf(AllotException.class);
        assertThatThrownBy(() -> KeysetToken.decode("groups", "!!")).isInstanceOf(AllotException.class);
        assertThatThrownBy(() -> KeysetToken.decode("groups", "Z3JvdXBzCm5vdC1hLXV1aWQKQW5u")).isInstanceOf(AllotException.class);
    }
}
