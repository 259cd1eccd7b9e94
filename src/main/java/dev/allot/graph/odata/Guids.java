package dev.allot.graph.odata;

import java.util.Optional;
import java.util.UUID;

/** GUIDs in filters: bare (skuId eq 6fd2c87f-...) as OData types them, or quoted ('6fd2c87f-...') as Graph's string ids are written. */
final class Guids {

    static final int LENGTH = 36;

    private Guids() {
    }

    /** Whether the 36 characters from start are 8-4-4-4-12 hexadecimal digits (UUID.fromString alone accepts far less strict shapes). */
    static boolean isGuidAt(CharSequence text, int start) {
        if (start + LENGTH > text.length()) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(start + i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }

    static Optional<UUID> of(Literal literal) {
        if (literal.is(Literal.Kind.GUID)) {
            return Optional.of(literal.guid());
        }
        if (literal.is(Literal.Kind.STRING) && literal.string().length() == LENGTH && isGuidAt(literal.string(), 0)) {
            return Optional.of(UUID.fromString(literal.string()));
        }
        return Optional.empty();
    }
}
