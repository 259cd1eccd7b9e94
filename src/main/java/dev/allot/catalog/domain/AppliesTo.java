package dev.allot.catalog.domain;

/** Graph's target class of a product or plan: only products that apply to users can be assigned to users. */
public enum AppliesTo {
    User, Company;

    public static AppliesTo parse(String value) {
        for (AppliesTo a : values()) {
            if (a.name().equalsIgnoreCase(value)) {
                return a;
            }
        }
        throw new IllegalArgumentException("appliesTo must be User or Company, got '" + value + "'");
    }
}
