package dev.allot.cli;

/** The CLI's exit codes: scripts can tell a mistake in the command from a refusal and from an unreachable server. */
public final class ExitCode {

    public static final int OK = 0;
    /** The server refused part of a bulk operation (some items failed). */
    public static final int PARTIAL = 1;
    /** The command line itself is wrong (picocli's usage error code). */
    public static final int USAGE = 2;
    /** The server refused the operation (4xx): not found, not allowed, a licensing rule. */
    public static final int REFUSED = 3;
    /** The server could not be reached, or the token is missing. */
    public static final int UNREACHABLE = 4;
    /** The server failed (5xx) or answered something unexpected. */
    public static final int SERVER_ERROR = 5;

    private ExitCode() {
    }
}
