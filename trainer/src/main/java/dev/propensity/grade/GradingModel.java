package dev.propensity.grade;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.train.PlattCalibration;
import java.util.Optional;

/**
 * A version's grading, saved as {@code grading.json}: how its fit and engagement partial log-odds become
 * sub-score probabilities, the intent rates, the grade thresholds, the event engagement model when the data had
 * events, and the grade report on the held-out rows.
 *
 * @param spec       what the schema's grading section said
 * @param fit        {@code p_fit = sigmoid(slope * S_fit + intercept)}, S_fit the sum of the fit fields' contributions
 * @param engagement the same for the engagement fields (snapshot counts)
 * @param intent     smoothed win rates of the intent fields' combinations
 * @param thresholds the grade matrix's split points
 * @param events     engagement from decayed activity events, when the training data had events
 * @param report     the grade report on the held-out rows (JSON), or null
 */
public record GradingModel(GradingSpec spec, PlattCalibration.Fit fit, PlattCalibration.Fit engagement,
                           IntentTable intent, Thresholds thresholds, Optional<DecayEngagement> events, JsonNode report) {
    public static final String FILE = "grading.json";

    /** The same model with other thresholds (configuration overrides). */
    public GradingModel withThresholds(Thresholds newThresholds) {
        return new GradingModel(spec, fit, engagement, intent, newThresholds, events, report);
    }
}
