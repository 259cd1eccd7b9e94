package dev.allot.security;

import dev.allot.audit.Actor;
import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;

/**
 * What an actor may do. Checked first in every use case, before anything is read or changed. Every actor is a
 * Global Administrator until admin roles arrive; the checks already name the capability each use case needs.
 */
public final class Permissions {

    private Permissions() {
    }

    public static void requireRead(Actor actor) {
        require(actor, Capability.READ);
    }

    public static void requireManageUsers(Actor actor) {
        require(actor, Capability.MANAGE_USERS);
    }

    public static void requireManageLicenses(Actor actor) {
        require(actor, Capability.MANAGE_LICENSES);
    }

    public static void requireManageBilling(Actor actor) {
        require(actor, Capability.MANAGE_BILLING);
    }

    public static void requireManageCatalog(Actor actor) {
        require(actor, Capability.MANAGE_CATALOG);
    }

    public static boolean may(Actor actor, Capability capability) {
        return switch (actor.role()) {
            case GlobalAdministrator -> true;
        };
    }

    private static void require(Actor actor, Capability capability) {
        if (actor == null || !may(actor, capability)) {
            throw new AllotException(ErrorCode.FORBIDDEN, "Insufficient privileges to complete the operation.");
        }
    }

    /** The things a role may be allowed to do. */
    public enum Capability {
        READ, MANAGE_USERS, MANAGE_LICENSES, MANAGE_BILLING, MANAGE_CATALOG
    }
}
