package dev.propensity.server.retrain;

import java.util.Locale;

/** Where a background retraining job is in its life. */
public enum RetrainJobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    /** The lower-case name used in JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
