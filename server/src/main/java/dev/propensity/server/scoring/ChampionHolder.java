package dev.propensity.server.scoring;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The model the server scores with. Swapped in one atomic step; a request takes {@link #current()} once and
 * uses that snapshot throughout, so in-flight requests finish on the model they started with.
 */
public final class ChampionHolder {
    private final AtomicReference<LoadedModel> current = new AtomicReference<>();

    /** The model in use, empty before one was loaded. */
    public Optional<LoadedModel> current() {
        return Optional.ofNullable(current.get());
    }

    /** Puts {@code model} in use for every request that starts from now on. */
    public void swap(LoadedModel model) {
        current.set(model);
    }
}
