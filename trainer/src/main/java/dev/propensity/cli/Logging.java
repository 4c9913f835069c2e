package dev.propensity.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Quiets library logging on the command line: Tribuo logs at INFO on every training run. */
public final class Logging {
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");
    private static final Logger OLCUT = Logger.getLogger("com.oracle.labs.mlrg.olcut");

    private Logging() {
    }

    public static void quietLibraries() {
        TRIBUO.setLevel(Level.WARNING);
        OLCUT.setLevel(Level.WARNING);
    }
}
