package dev.allot.licensing.domain;

/** Graph's licenseAssignmentState.error values. */
public enum AssignmentError {
    CountViolation, MutuallyExclusiveViolation, DependencyViolation, ProhibitedInUsageLocationViolation,
    UniquenessViolation, Other
}
