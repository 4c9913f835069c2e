package dev.propensity.schema;

/**
 * Where survey answers come from and how they attach to a lead: a left join on {@code key}.
 * A lead without survey answers is information ("no survey"), not an error.
 *
 * @param file the survey file, relative to the schema file's folder when not absolute
 * @param key  the column present in both files
 */
public record SurveyJoin(String file, String key) {
}
