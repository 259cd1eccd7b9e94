package dev.allot.licensing.domain;

import java.util.UUID;

import dev.allot.error.ErrorCode;

/**
 * A reason a licensing change cannot be made. {@code assignmentError} is Graph's error word for the rule
 * violations that group-based licensing shows on a member (CountViolation, ...); null for request mistakes.
 * {@code key} identifies the violation so that pre-existing ones can be told apart from new ones.
 */
public record Violation(ErrorCode code, AssignmentError assignmentError, UUID skuId, String message, String key) {

    public static Violation of(ErrorCode code, UUID skuId, String message) {
        return new Violation(code, null, skuId, message, code + ":" + skuId + ":" + message);
    }
}
