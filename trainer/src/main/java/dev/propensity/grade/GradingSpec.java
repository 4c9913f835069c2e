package dev.propensity.grade;

import java.util.List;
import java.util.Optional;

/**
 * What the schema file's optional {@code grading} section says: the account key contacts are grouped by, the
 * field that holds a contact's job title (for buying roles), the intent fields, the activity events file, and the
 * training quantiles the grade thresholds are taken at.
 *
 * @param account            the column naming a contact's company, when the export has one
 * @param title              the column with a contact's job title, when there is one
 * @param intentFields       fields whose combination's win rate is the intent score; empty: the schema's intent
 *                           group's categorical fields (up to three)
 * @param events             the activity events file, when there is one
 * @param fitQuantile        training quantile of the fit threshold
 * @param engagementQuantile training quantile of the engagement threshold
 */
public record GradingSpec(Optional<String> account, Optional<String> title, List<String> intentFields,
                          Optional<EventsSource> events, double fitQuantile, double engagementQuantile) {
    public static final GradingSpec DEFAULT = new GradingSpec(Optional.empty(), Optional.empty(), List.of(),
            Optional.empty(), Thresholds.DEFAULT_QUANTILE, Thresholds.DEFAULT_QUANTILE);

    public GradingSpec {
        intentFields = List.copyOf(intentFields);
    }

    /**
     * Where activity events come from: a CSV with one event per row.
     *
     * @param file the CSV file
     * @param key  the column with the lead id
     * @param type the column with the event type
     * @param time the column with the event's time (ISO date or date-time)
     */
    public record EventsSource(String file, String key, String type, String time) {
    }
}
