package dev.allot.audit;

import java.util.Objects;

/** Who makes a change: an admin signed in, an API token, or Allot itself (start-up, demo data). */
public record Actor(Type type, String id, String name, Role role) {

    public enum Type {
        Admin, Token, System
    }

    /** Admin roles; until the identity issue every admin and token is a Global Administrator. */
    public enum Role {
        GlobalAdministrator
    }

    public Actor {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    public static Actor system(String what) {
        return new Actor(Type.System, "allot", what, Role.GlobalAdministrator);
    }
}
