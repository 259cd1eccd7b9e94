package dev.allot.licensing.domain;

/** The kinds of licensing rules an organization keeps as data. */
public enum RuleKind {
    /** The plan needs at least one of the other plans enabled for the same user. */
    Requires,
    /** The plan cannot be enabled together with any of the other plans for one user. */
    MutuallyExclusive,
    /** The plan (or every plan of the product) may only be assigned to users in the listed countries. */
    AvailableOnlyIn,
    /** The plan (or every plan of the product) may not be assigned to users in the listed countries. */
    UnavailableIn
}
