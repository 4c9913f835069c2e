package dev.propensity.server.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.LabelSpec;
import dev.propensity.schema.Schema;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReasonSentencesTest {
    private static final Schema SCHEMA = new Schema("crm", Optional.empty(), CsvFormat.DEFAULT, "lead_id",
            new LabelSpec("outcome", "won"), Optional.empty(), Optional.empty(),
            List.of(new FeatureSpec("employees", FeatureKind.NUMERIC, FeatureGroup.FIT, "company size"),
                    new FeatureSpec("budget_q", FeatureKind.CATEGORICAL, FeatureGroup.SURVEY, "budget answer")),
            List.of(), List.of());
    private final ReasonSentences sentences = new ReasonSentences(SCHEMA);

    @Test
    void aNumberIsWrittenWithThousandsSeparatorsAfterItsDescription() {
        assertEquals("Company size (5,000) raises the likelihood", sentences.sentence("employees", 5000.0, 0.7, false));
    }

    @Test
    void aMissingValueSaysThereIsNone() {
        assertEquals("No company size lowers the likelihood", sentences.sentence("employees", null, -0.3, false));
    }

    @Test
    void theSurveyIndicatorSaysWhetherTheSurveyWasAnswered() {
        assertEquals("No survey answers lowers the likelihood", sentences.sentence("survey_answered", null, -0.4, false));
        assertEquals("Answering the survey raises the likelihood", sentences.sentence("survey_answered", null, 0.4, true));
    }

    @Test
    void aTinyContributionBarelyChangesTheLikelihood() {
        assertEquals("Company size (12.5) barely changes the likelihood", sentences.sentence("employees", 12.5, 0.001, false));
    }

    @Test
    void aSurveyFieldWithAValueCountsAsAnswered() {
        assertEquals(true, ReasonSentences.answeredSurvey(SCHEMA, f -> f.equals("budget_q") ? "yes" : null));
        assertEquals(false, ReasonSentences.answeredSurvey(SCHEMA, f -> f.equals("employees") ? 3.0 : null));
    }
}
