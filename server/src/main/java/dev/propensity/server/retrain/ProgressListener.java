package dev.propensity.server.retrain;

/** Hears which stage a retraining run has reached; called on the run's own thread. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores every report. */
    ProgressListener NONE = stage -> { };

    void stage(RetrainStage stage);
}
