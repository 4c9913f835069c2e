package dev.propensity.server.http;

import dev.propensity.server.scoring.ChampionHolder;
import dev.propensity.server.scoring.LoadedModel;
import java.util.Map;

/** Takes the one model snapshot a request works with, or answers 503 while there is none. */
final class ChampionSnapshot {
    /** Seconds a client is asked to wait: a few reload intervals. */
    static final String RETRY_AFTER_SECONDS = "10";

    private ChampionSnapshot() {
    }

    static LoadedModel require(ChampionHolder holder) {
        return holder.current().orElseThrow(() -> new ApiException(503, "no_model",
                "no champion model is loaded yet; train and promote one", null, Map.of("Retry-After", RETRY_AFTER_SECONDS)));
    }
}
