package dev.propensity.registry;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that starts at a fixed instant and moves one minute each time it is read. */
public final class TestClock implements RegistryClock {
    /** The first instant this clock gives. */
    public static final Instant START = Instant.parse("2025-03-01T09:00:00Z");
    private final AtomicLong reads = new AtomicLong();

    @Override
    public Instant now() {
        return START.plus(Duration.ofMinutes(reads.getAndIncrement()));
    }
}
