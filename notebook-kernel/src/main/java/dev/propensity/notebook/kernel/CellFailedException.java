package dev.propensity.notebook.kernel;

import java.util.List;

/**
 * A cell that did not run to its end: a compile error, a reference to something undefined, or an exception thrown
 * by the cell's code. The message says which, in the words a person reading the notebook needs; the kernel turns
 * it into Jupyter's error reply, which makes a headless run (nbconvert, nbclient) fail.
 */
public final class CellFailedException extends RuntimeException {
    private final List<String> details;

    CellFailedException(String message, List<String> details, StackTraceElement[] cellFrames) {
        super(message);
        this.details = List.copyOf(details);
        // Jupyter's error reply carries the exception's frames: they should be the cell's, not the kernel's.
        setStackTrace(cellFrames);
    }

    /** Lines that explain the failure further: compiler diagnostics with their code, or the cell's stack frames. */
    public List<String> details() {
        return details;
    }
}
