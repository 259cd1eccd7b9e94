package dev.allot.catalog.domain;

/** Where a catalog product comes from: Microsoft's default catalog, shared by all, or one organization's own. */
public enum ProductOrigin {
    Catalog, Custom
}
