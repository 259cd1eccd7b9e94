package dev.allot.licensing.domain;

/** Graph's licenseAssignmentState.state. */
public enum AssignmentState {
    Active, ActiveWithError, Disabled, Error;

    /** Whether an assignment in this state gives the user the product (and so takes a seat). */
    public boolean holdsLicense() {
        return this == Active || this == ActiveWithError;
    }
}
