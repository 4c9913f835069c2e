package dev.propensity.registry;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Where the registry gets the time it writes into manifests and history, so tests can fix it. */
@FunctionalInterface
public interface RegistryClock {
    /** The current instant. */
    Instant now();

    /** The system clock, to the millisecond: finer digits only make the files harder to read. */
    static RegistryClock system() {
        return () -> Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
