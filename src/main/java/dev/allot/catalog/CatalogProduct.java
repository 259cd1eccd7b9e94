package dev.allot.catalog;

import dev.allot.catalog.domain.Product;
import dev.allot.catalog.domain.ProductOrigin;

/** A product as an organization sees it in the catalog: the product, and whether it is Microsoft's or its own. */
public record CatalogProduct(Product product, ProductOrigin origin) {
}
