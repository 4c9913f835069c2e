package dev.propensity.cli;

import dev.propensity.registry.RegistryException;
import java.io.PrintWriter;

/** How the registry commands report a failure: one line on standard error and an exit code. */
final class RegistryErrors {
    /** Exit code for bad input: an unknown version, nothing to roll back to. Picocli uses 2 for usage errors too. */
    static final int BAD_INPUT = 2;
    /** Exit code when the registry itself could not do the work: a damaged file, a failed write. */
    static final int FAILED = 1;

    private RegistryErrors() {
    }

    static int report(String verb, RegistryException e, PrintWriter err) {
        err.println(verb + ": " + e.getMessage());
        err.flush();
        return e.isCallerError() ? BAD_INPUT : FAILED;
    }
}
