package dev.propensity.data;

/**
 * Identifies the exact data a model was trained on.
 *
 * @param file         the main file
 * @param sha256       hash of the main file's bytes
 * @param surveyFile   the survey file, or null
 * @param surveySha256 hash of the survey file, or null
 * @param rows         labelled rows loaded
 * @param wins         rows whose label is the positive value
 * @param losses       the other labelled rows
 */
public record DataFingerprint(String file, String sha256, String surveyFile, String surveySha256,
                              long rows, long wins, long losses) {
}
