package dev.allot.security;

import java.util.UUID;

import dev.allot.audit.Actor;

/** The authenticated caller of a request: which organization it acts in, and as whom. */
public record Caller(UUID tenantId, Actor actor) {
}
