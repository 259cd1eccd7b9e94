package dev.allot.catalog;

import java.util.List;

import dev.allot.catalog.domain.Product;

/** What a catalog file holds once read: its products and every decision the reader took. */
public record CatalogFile(List<Product> products, int planCount, List<CatalogImportNote> notes) {
}
