package dev.allot.directory.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Properties to set on a user (create or update), already validated. A property present with a null value
 * clears it.
 */
public final class UserChanges {

    private final Map<UserProperty, Object> values;

    private UserChanges(Map<UserProperty, Object> values) {
        this.values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean has(UserProperty property) {
        return values.containsKey(property);
    }

    public Optional<String> text(UserProperty property) {
        return Optional.ofNullable((String) values.get(property));
    }

    public Object value(UserProperty property) {
        return values.get(property);
    }

    public Map<UserProperty, Object> values() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Validates each value as it is set; every problem is collected, not just the first. */
    public static final class Builder {
        private final Map<UserProperty, Object> values = new EnumMap<>(UserProperty.class);
        private final List<String> problems = new java.util.ArrayList<>();

        public Builder set(UserProperty property, Object value) {
            if (!property.writable()) {
                problems.add("Property '" + property + "' is read-only.");
                return this;
            }
            UserRules.check(property, value).ifPresentOrElse(problems::add, () -> values.put(property, UserRules.normalize(property, value)));
            return this;
        }

        public List<String> problems() {
            return List.copyOf(problems);
        }

        public UserChanges build() {
            if (!problems.isEmpty()) {
                throw new IllegalStateException("invalid user changes: " + problems);
            }
            return new UserChanges(values);
        }
    }
}
