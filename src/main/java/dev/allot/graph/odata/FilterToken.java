package dev.allot.graph.odata;

/**
 * One lexical unit of a {@code $filter}: its kind, its text as written, its decoded value (the unescaped
 * text of a string, the UUID of a GUID, the Long of a number) and its 1-based position, for error messages.
 */
record FilterToken(Kind kind, String text, Object value, int position) {

    enum Kind {
        WORD, STRING, GUID, INTEGER, OPEN, CLOSE, COMMA, COLON, SLASH, END
    }

    boolean is(Kind wanted) {
        return kind == wanted;
    }

    /** A word equal to the keyword, ignoring case: Graph accepts startsWith as well as startswith. */
    boolean isWord(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    /** How the token reads in an error message. */
    String describe() {
        return kind == Kind.END ? "the end of the filter" : "'" + text + "'";
    }
}
