package dev.propensity.server.retrain;

/** The steps of a retraining run, in order, as progress reports name them. */
public enum RetrainStage {
    LOADING_BASE("loading base data"),
    READING_FEEDBACK("reading fed-back outcomes"),
    WRITING_SNAPSHOT("writing snapshot"),
    TRAINING("training challenger"),
    COMPARING("comparing on hold-out"),
    DECIDING("deciding");

    private final String words;

    RetrainStage(String words) {
        this.words = words;
    }

    /** The stage as a person reads it, such as "training challenger". */
    public String words() {
        return words;
    }
}
