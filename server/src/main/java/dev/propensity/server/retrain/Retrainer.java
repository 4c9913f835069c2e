package dev.propensity.server.retrain;

/**
 * Something that runs one retraining: {@link RetrainService}, or a stand-in when testing what runs it.
 */
@FunctionalInterface
public interface Retrainer {
    /**
     * @param who      who asked, for the registry's history
     * @param progress hears each stage as it starts
     * @throws RetrainException when the run cannot start or go on because of its inputs
     */
    RetrainResult retrain(String who, ProgressListener progress);
}
