package dev.allot.graph.odata;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.commons.codec.digest.DigestUtils;

import dev.allot.directory.UserPage;
import dev.allot.error.AllotException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code $skiptoken}: where the next page starts (the last sort value and id, for keyset paging), bound to the
 * query it continues. The token is base64url JSON with a checksum over the position and the query's scope (what
 * the position depends on: the collection, its organization, the filter and the order), so an edited token, or one
 * reused with another collection, another query or in another organization, is refused instead of silently
 * returning a different page. The checksum needs no secret: a
 * token only says where to resume a query its holder may run anyway, so forging one gains nothing, and
 * unsigned tokens keep working across restarts and server instances.
 */
public final class SkipToken {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_LENGTH = 4096;
    private static final int CHECKSUM_BYTES = 12;

    private SkipToken() {
    }

    /** A scope from what a position depends on, in a fixed order; null parts (no filter) count as empty. */
    public static String scope(Object... parts) {
        return Arrays.stream(parts).map(part -> part == null ? "" : part.toString()).collect(Collectors.joining("|"));
    }

    public static String encode(UserPage.PageKey position, String scope) {
        String id = position.id().toString();
        byte[] json = JSON.writeValueAsBytes(JSON.createObjectNode()
                .put("v", position.sortValue()).put("i", id).put("c", checksum(scope, position.sortValue(), id)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json);
    }

    /** The position the token holds, if it was issued for this scope (otherwise a 400); null when there is no token, the first page. */
    public static UserPage.PageKey decode(String token, String scope) {
        if (token == null) {
            return null;
        }
        JsonNode node = parse(token);
        String value = text(node, "v");
        String id = text(node, "i");
        byte[] expected = checksum(scope, value, id).getBytes(StandardCharsets.US_ASCII);
        boolean issuedForScope = MessageDigest.isEqual(expected, text(node, "c").getBytes(StandardCharsets.US_ASCII));
        // without a secret anyone can compute a checksum, so the id is checked too: a forged one must be a 400, not a 500
        if (!issuedForScope || id.length() != Guids.LENGTH || !Guids.isGuidAt(id, 0)) {
            throw invalid();
        }
        return new UserPage.PageKey(value, UUID.fromString(id));
    }

    private static JsonNode parse(String token) {
        if (token.length() > MAX_LENGTH) {
            throw invalid();
        }
        try {
            JsonNode node = JSON.readTree(Base64.getUrlDecoder().decode(token));
            if (node == null || !node.isObject()) {
                throw invalid();
            }
            return node;
        } catch (IllegalArgumentException | JacksonException e) {
            throw invalid();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw invalid();
        }
        return value.stringValue();
    }

    private static String checksum(String scope, String value, String id) {
        byte[] digest = DigestUtils.sha256(JSON.writeValueAsBytes(List.of(scope, value, id)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, CHECKSUM_BYTES));
    }

    private static AllotException invalid() {
        return AllotException.badRequest("The $skiptoken is not valid for this request. Follow the @odata.nextLink of the previous page "
                + "as it is: a skip token cannot be edited, nor used with another $filter or $orderby, nor in another organization.");
    }
}
