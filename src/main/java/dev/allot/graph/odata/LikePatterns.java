package dev.allot.graph.odata;

/** Makes client text match itself literally in a SQL LIKE pattern (with ESCAPE '\'): startswith(displayName,'50%') means "50%", not "50 and anything". */
final class LikePatterns {

    private LikePatterns() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '%' || c == '_') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
