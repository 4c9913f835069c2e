package dev.propensity.server.crm;

import java.util.List;

/** A posted outcome names a stage that is neither won, lost nor configured; the API answers it with 422. */
public class UnknownStageException extends RuntimeException {
    private final String field;

    public UnknownStageException(String field, String stage, List<String> configured) {
        super(field + ": unknown stage '" + stage + "'; configured stages: " + String.join(", ", configured)
                + ", besides won and lost");
        this.field = field;
    }

    /** The path of the offending field, such as {@code outcomes[2].outcome}. */
    public String field() {
        return field;
    }
}
