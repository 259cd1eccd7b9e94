package dev.allot.catalog;

/** One decision taken while reading a catalog file. Row 0 means the note concerns the whole file. */
public record CatalogImportNote(long row, Kind kind, String message) {

    public enum Kind {
        TRIMMED, DUPLICATE_ROW, PLAN_NAME_CONFLICT, PART_NUMBER_SHARED, PRODUCT_NAME_CONFLICT, ROW_SKIPPED
    }
}
