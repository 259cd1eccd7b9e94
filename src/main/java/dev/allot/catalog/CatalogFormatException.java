package dev.allot.catalog;

/** The file is not a catalog file at all (e.g. wrong columns); nothing is imported. */
public class CatalogFormatException extends RuntimeException {
    public CatalogFormatException(String message) {
        super(message);
    }
}
