package dev.allot.web;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request body of the admin API, read strictly: one JSON object, no trailing content, bounded nesting and
 * sizes, and only the declared properties, so that a typo is an error rather than silently ignored. Typed
 * accessors refuse values of the wrong type with a message naming the property. A JSON null counts as absent.
 */
public final class JsonBody {

    static final int MAX_DEPTH = 32;
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final JsonMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(1_000_000).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final ObjectNode node;
    private final String path;

    private JsonBody(ObjectNode node, String path) {
        this.node = node;
        this.path = path;
    }

    public static JsonBody parse(byte[] body) {
        return new JsonBody(readObject(body), "");
    }

    /** The body as one JSON object, or a MALFORMED_JSON refusal saying what is wrong with it. */
    public static ObjectNode readObject(byte[] body) {
        if (body == null || body.length == 0) {
            throw new AllotException(ErrorCode.MALFORMED_JSON, "The request body is empty; a JSON object is required.");
        }
        JsonNode parsed;
        try {
            parsed = STRICT.readTree(body);
        } catch (JacksonException e) {
            throw new AllotException(ErrorCode.MALFORMED_JSON, "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (parsed == null || !parsed.isObject()) {
            throw new AllotException(ErrorCode.MALFORMED_JSON, "The request body must be a JSON object.");
        }
        return (ObjectNode) parsed;
    }

    /** Refuses any property not declared for this request, naming the ones that are. */
    public JsonBody allowOnly(String... declared) {
        Set<String> allowed = Set.of(declared);
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new AllotException(ErrorCode.UNKNOWN_PROPERTY, "Property '" + path + name + "' is not part of this request; "
                        + "the properties are " + String.join(", ", new TreeSet<>(allowed)) + ".");
            }
        }
        return this;
    }

    /** Refuses any property that is not a component of the request record, which also documents the request. */
    public JsonBody allowOnly(Class<? extends Record> request) {
        return allowOnly(Arrays.stream(request.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new));
    }

    public boolean isEmpty() {
        return node.isEmpty();
    }

    public Optional<String> text(String name) {
        return value(name).map(v -> {
            if (!v.isString()) {
                throw invalid("Property '" + path + name + "' must be a string.");
            }
            return v.stringValue().strip();
        });
    }

    public String requiredText(String name) {
        String text = text(name).orElseThrow(() -> missing(name));
        if (text.isEmpty()) {
            throw invalid("Property '" + path + name + "' cannot be empty.");
        }
        return text;
    }

    public Optional<Integer> integer(String name) {
        return value(name).map(v -> {
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw invalid("Property '" + path + name + "' must be a whole number, got " + v + ".");
            }
            return v.intValue();
        });
    }

    public int requiredInteger(String name) {
        return integer(name).orElseThrow(() -> missing(name));
    }

    public Optional<Boolean> bool(String name) {
        return value(name).map(v -> {
            if (!v.isBoolean()) {
                throw invalid("Property '" + path + name + "' must be true or false.");
            }
            return v.booleanValue();
        });
    }

    /** An ISO 8601 date and time with its offset, such as 2027-06-30T00:00:00Z. */
    public Optional<Instant> instant(String name) {
        return text(name).map(v -> {
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                throw invalid("Property '" + path + name + "' must be a date and time with its offset, such as 2027-06-30T00:00:00Z; got '" + v + "'.");
            }
        });
    }

    public Optional<UUID> guid(String name) {
        return text(name).map(v -> {
            if (!GUID.matcher(v).matches()) {
                throw invalid("Property '" + path + name + "' must be a GUID, got '" + v + "'.");
            }
            return UUID.fromString(v);
        });
    }

    /** An enum value by its exact name (case-insensitive); the message lists the accepted ones. */
    public <E extends Enum<E>> Optional<E> choice(String name, Class<E> type) {
        return text(name).map(v -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(v)) {
                    return constant;
                }
            }
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                names.add(constant.name());
            }
            throw invalid("Property '" + path + name + "' must be one of " + String.join(", ", names) + "; got '" + v + "'.");
        });
    }

    /** An array of strings; absent means none. */
    public List<String> texts(String name) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array(name)) {
            if (!item.isString()) {
                throw invalid("Each item of '" + path + name + "' must be a string.");
            }
            texts.add(item.stringValue().strip());
        }
        return texts;
    }

    /** An array of objects, each read as strictly as the body itself; absent means none. */
    public List<JsonBody> objects(String name) {
        List<JsonBody> objects = new ArrayList<>();
        List<JsonNode> items = array(name);
        for (int i = 0; i < items.size(); i++) {
            if (!items.get(i).isObject()) {
                throw invalid("Each item of '" + path + name + "' must be a JSON object.");
            }
            objects.add(new JsonBody((ObjectNode) items.get(i), path + name + "[" + i + "]."));
        }
        return objects;
    }

    private List<JsonNode> array(String name) {
        List<JsonNode> items = new ArrayList<>();
        value(name).ifPresent(v -> {
            if (!v.isArray()) {
                throw invalid("Property '" + path + name + "' must be an array.");
            }
            v.forEach(items::add);
        });
        return items;
    }

    private Optional<JsonNode> value(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** The refusal for a required property that is absent, for accessors without a required variant. */
    public AllotException missing(String name) {
        return invalid("Property '" + path + name + "' is required.");
    }

    private static AllotException invalid(String message) {
        return new AllotException(ErrorCode.INVALID_VALUE, message);
    }
}
