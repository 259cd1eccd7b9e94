package dev.allot.graph;

import java.util.Set;

import dev.allot.directory.DirectoryService.GroupDraft;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import tools.jackson.databind.JsonNode;

/** The request body of POST and PATCH /groups, read as Graph does: declared properties only, each of its JSON type. */
final class GroupBody {

    static final Set<String> WRITABLE = Set.of("description", "displayName", "groupTypes", "mailEnabled", "mailNickname",
            "securityEnabled");

    private final GraphBody body;

    private GroupBody(GraphBody body) {
        this.body = body;
    }

    static GroupBody parse(byte[] bytes) {
        GroupBody parsed = new GroupBody(GraphBody.parse(bytes).allowOnly(WRITABLE));
        parsed.requireNoGroupTypes();
        return parsed;
    }

    /** A new group: Graph requires displayName and mailNickname; it makes a security group unless told otherwise. */
    GroupDraft forCreate() {
        for (String required : new String[] {"displayName", "mailNickname"}) {
            if (!body.has(required)) {
                throw AllotException.invalidValue("Property '" + required + "' is required when creating a group.");
            }
        }
        return new GroupDraft(requiredText("displayName"), text("description"), requiredText("mailNickname"),
                body.has("mailEnabled") && bool("mailEnabled"), !body.has("securityEnabled") || bool("securityEnabled"));
    }

    /** The group after the properties present in the body replaced its current ones. */
    GroupDraft applyTo(GroupDraft current) {
        return new GroupDraft(
                body.has("displayName") ? requiredText("displayName") : current.displayName(),
                body.has("description") ? text("description") : current.description(),
                body.has("mailNickname") ? requiredText("mailNickname") : current.mailNickname(),
                body.has("mailEnabled") ? bool("mailEnabled") : current.mailEnabled(),
                body.has("securityEnabled") ? bool("securityEnabled") : current.securityEnabled());
    }

    /** Microsoft 365 ("Unified") and dynamic membership groups are not supported: only [] is accepted. */
    private void requireNoGroupTypes() {
        JsonNode types = body.get("groupTypes");
        if (types != null && !(types.isArray() && types.isEmpty())) {
            throw AllotException.invalidValue("Only security and distribution groups are supported, so groupTypes must be [].");
        }
    }

    private String requiredText(String property) {
        String value = text(property);
        if (value == null || value.isBlank()) {
            throw AllotException.invalidValue("Property '" + property + "' cannot be null or empty.");
        }
        return value;
    }

    private String text(String property) {
        JsonNode value = body.get(property);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw wrongType(property, "a string");
        }
        return value.stringValue();
    }

    private boolean bool(String property) {
        JsonNode value = body.get(property);
        if (value == null || !value.isBoolean()) {
            throw wrongType(property, "true or false");
        }
        return value.booleanValue();
    }

    private static AllotException wrongType(String property, String expected) {
        return new AllotException(ErrorCode.INVALID_VALUE, "Property '" + property + "' must be " + expected + ".");
    }
}
