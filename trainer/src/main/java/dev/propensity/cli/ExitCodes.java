package dev.propensity.cli;

/** The exit codes every verb shares (README, "Verbs"); scripts and schedulers branch on them. */
public final class ExitCodes {
    /** The verb did what was asked. */
    public static final int OK = 0;
    /** The work itself failed (a damaged file, a failed write, a database down): the same call may work later. */
    public static final int FAILED = 1;
    /** The input was wrong (an unknown option or version, a bad schema or data file): change the call. */
    public static final int BAD_INPUT = 2;
    /** {@code train} published a version but its guards refused the promotion: the champion is unchanged. */
    public static final int NOT_PROMOTED = 3;

    private ExitCodes() {
    }
}
