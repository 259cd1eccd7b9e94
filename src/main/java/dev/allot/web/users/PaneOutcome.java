package dev.allot.web.users;

import java.util.List;

import dev.allot.error.AllotException;
import dev.allot.error.ErrorCode;

/**
 * The result of Save changes, in plain words: what changed, or why nothing did and how to fix it. The
 * message keys name the cause; {@code detail} keeps the engine's exact (Graph-worded) message.
 */
public record PaneOutcome(boolean success, String titleKey, List<Object> args, String detail, Fix fix) {

    /** How the admin can fix a refusal right there. */
    public enum Fix {
        NONE, SET_USAGE_LOCATION, BUY_MORE
    }

    static PaneOutcome saved(List<String> added, List<String> removed, boolean appsChanged) {
        if (added.isEmpty() && removed.isEmpty() && !appsChanged) {
            return new PaneOutcome(true, "pane.saved.nothing", List.of(), null, Fix.NONE);
        }
        return new PaneOutcome(true, "pane.saved", List.of(String.join(", ", added), String.join(", ", removed),
                added.size(), removed.size()), null, Fix.NONE);
    }

    static PaneOutcome refused(AllotException e, String productName) {
        ErrorCode code = e.code();
        Fix fix = switch (code) {
            case USAGE_LOCATION_MISSING -> Fix.SET_USAGE_LOCATION;
            case COUNT_VIOLATION -> Fix.BUY_MORE;
            default -> Fix.NONE;
        };
        return new PaneOutcome(false, "error." + code.name(), List.of(productName == null ? "" : productName), e.getMessage(), fix);
    }
}
