package dev.allot.graph.odata;

import java.util.List;

/** A property as a filter names it: {@code displayName}, {@code x/skuId} inside a lambda, or {@code assignedLicenses/$count}. */
public record PropertyPath(List<String> segments, int position) {

    public static final String COUNT = "$count";

    public PropertyPath {
        segments = List.copyOf(segments);
    }

    public boolean isSimple() {
        return segments.size() == 1;
    }

    public String first() {
        return segments.get(0);
    }

    public String last() {
        return segments.get(segments.size() - 1);
    }

    /** A collection followed by $count, such as assignedLicenses/$count. */
    public boolean isCount() {
        return segments.size() == 2 && last().equals(COUNT);
    }

    @Override
    public String toString() {
        return String.join("/", segments);
    }
}
