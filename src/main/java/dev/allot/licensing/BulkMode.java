package dev.allot.licensing;

/** What "Manage product licenses" does to each selected user. */
public enum BulkMode {
    /** Keep each user's licenses and add the chosen products (with their plans). */
    ASSIGN_MORE,
    /** Each user ends with exactly the chosen products: others assigned directly are removed. */
    REPLACE,
    /** Remove every directly assigned product license from each user. */
    UNASSIGN_ALL,
    /** Remove the chosen products from each user (Billing > Licenses: Unassign licenses). */
    UNASSIGN
}
