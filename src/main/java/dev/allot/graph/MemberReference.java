package dev.allot.graph;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import tools.jackson.databind.JsonNode;

/**
 * The body of POST .../members/$ref: {@code {"@odata.id": ".../directoryObjects/{id}"}}. Any host and base is
 * accepted, since SDKs write graph.microsoft.com even when they talk to Allot, and so is .../users/{id}.
 */
final class MemberReference {

    private static final Pattern REFERENCE = Pattern.compile("(?:.*/)?(?:directoryObjects|users)/([^/?#]+)/?");

    private MemberReference() {
    }

    static UUID userId(byte[] bytes) {
        JsonNode reference = GraphBody.parse(bytes).allowOnly(Set.of()).get("@odata.id");
        if (reference == null || !reference.isString()) {
            throw AllotException.invalidValue("Property '@odata.id' is required: the URL of the user to add, "
                    + "such as https://graph.microsoft.com/v1.0/directoryObjects/{id}.");
        }
        Matcher matcher = REFERENCE.matcher(reference.stringValue().strip());
        if (!matcher.matches()) {
            throw new AllotException(ErrorCode.INVALID_VALUE, "Invalid URL format specified in @odata.id: '" + reference.stringValue()
                    + "'. Use .../directoryObjects/{id} or .../users/{id}.");
        }
        return ObjectIds.parse(matcher.group(1));
    }
}
