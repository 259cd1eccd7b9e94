package dev.allot.licensing.domain;

import java.util.List;

/** A named business rule over a licensing change; it returns its reasons instead of throwing. */
@FunctionalInterface
public interface LicensingPolicy {

    List<Violation> check(LicenseChange change);
}
