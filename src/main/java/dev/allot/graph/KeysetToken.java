package dev.allot.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;

/**
 * The {@code $skiptoken} of keyset paging: the sort value and id of the last item served. The kind names the
 * collection it belongs to, so a token from one collection is refused by another instead of paging oddly.
 */
public record KeysetToken(String sortValue, UUID id) {

    private static final char SEPARATOR = '\n';

    public String encode(String kind) {
        String plain = kind + SEPARATOR + id + SEPARATOR + sortValue;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The token's key, or null when there is no token (the first page). */
    public static KeysetToken decode(String kind, String token) {
        if (token == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), 3);
            if (parts.length == 3 && parts[0].equals(kind)) {
                return new KeysetToken(parts[2], UUID.fromString(parts[1]));
            }
        } catch (IllegalArgumentException notOurs) {
            // answered below, like a token of another collection
        }
        throw new AllotException(ErrorCode.BAD_REQUEST, "The $skiptoken is not one this collection issued; "
                + "follow @odata.nextLink as it was returned.");
    }
}
