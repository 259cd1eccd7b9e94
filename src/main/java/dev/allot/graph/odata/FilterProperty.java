package dev.allot.graph.odata;

/** A property a filter may name: its Graph name, the SQL column holding it, its type, and whether startswith() applies. */
record FilterProperty(String name, String column, Type type, boolean startsWith) {

    enum Type {
        TEXT("text"), BOOLEAN("true or false"), GUID("a GUID");

        final String description;

        Type(String description) {
            this.description = description;
        }
    }

    static FilterProperty text(String name, String column) {
        return new FilterProperty(name, column, Type.TEXT, true);
    }

    /** Text that eq, ne and in can compare but startswith() cannot. */
    static FilterProperty exactText(String name, String column) {
        return new FilterProperty(name, column, Type.TEXT, false);
    }

    static FilterProperty bool(String name, String column) {
        return new FilterProperty(name, column, Type.BOOLEAN, false);
    }

    static FilterProperty guid(String name, String column) {
        return new FilterProperty(name, column, Type.GUID, false);
    }

    /** What the SQL compares: text case-insensitively, as Graph does. */
    String compared() {
        return type == Type.TEXT ? "lower(" + column + ")" : column;
    }

    /** A placeholder, shaped to compare with {@link #compared()}. */
    String placeholder(String parameter) {
        return type == Type.TEXT ? "lower(" + parameter + ")" : parameter;
    }
}
