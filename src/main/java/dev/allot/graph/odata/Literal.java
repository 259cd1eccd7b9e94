package dev.allot.graph.odata;

import java.util.UUID;

/** A constant in a filter, as typed by OData: 'text', true/false, null, a GUID or a whole number. */
public record Literal(Kind kind, Object value, String text, int position) {

    public enum Kind {
        STRING, BOOLEAN, NULL, GUID, INTEGER
    }

    public boolean is(Kind wanted) {
        return kind == wanted;
    }

    public String string() {
        return (String) value;
    }

    public boolean bool() {
        return (Boolean) value;
    }

    public UUID guid() {
        return (UUID) value;
    }

    public long integer() {
        return (Long) value;
    }
}
