package dev.propensity.server.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Interaction;
import dev.propensity.schema.LabelSpec;
import dev.propensity.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The reason sentences read as a sales rep would write them, whatever the value and the description look like. */
class ReasonSentencesTest {
    private static final Schema SCHEMA = new Schema("crm", Optional.empty(),
            CsvFormat.DEFAULT, "lead_id",
            new LabelSpec("outcome", "won"), Optional.empty(), Optional.empty(),
            List.of(new FeatureSpec("employees", FeatureKind.NUMERIC, FeatureGroup.FIT, "company size (employees)"),
                    new FeatureSpec("demo", FeatureKind.BOOLEAN, FeatureGroup.INTENT, "attended a demo"),
                    new FeatureSpec("risk", FeatureKind.NUMERIC, FeatureGroup.SURVEY, "risk tolerance (1-5)"),
                    new FeatureSpec("pdays", FeatureKind.NUMERIC, FeatureGroup.FIT,
                            "days since last contact in a previous campaign (-1: never)"),
                    new FeatureSpec("source", FeatureKind.CATEGORICAL, FeatureGroup.FIT, "lead source"),
                    new FeatureSpec("activity", FeatureKind.CATEGORICAL, FeatureGroup.ENGAGEMENT,
                            "last activity (borderline: includes some sales actions such as SMS sent)"),
                    new FeatureSpec("month", FeatureKind.CATEGORICAL, FeatureGroup.FIT, "month of last contact"),
                    new FeatureSpec("day", FeatureKind.CATEGORICAL, FeatureGroup.FIT, "day of month of last contact")),
            List.of(), List.of(), List.of(new Interaction("month", "day", "calendar date of the last contact (campaign waves)")));
    private final ReasonSentences sentences = new ReasonSentences(SCHEMA);

    /** One sentence: a capital first, one clause and its effect, no stacked parentheses, no codes, no "No attended". */
    private String sentence(String field, Object value, double contribution) {
        String s = sentences.sentence(field, value, contribution, false);
        assertTrue(Character.isUpperCase(s.charAt(0)), s);
        assertTrue(s.matches(".+\\S, which (raises|lowers|barely changes) the likelihood"), s);
        assertEquals(s.indexOf(", which "), s.lastIndexOf(", which "), s);
        assertTrue(!s.contains("(") && !s.contains("|") && !s.startsWith("No "), s);
        return s;
    }

    @Test
    void aNumberIsWrittenWithThousandsSeparatorsAndItsUnit() {
        assertEquals("Company size is 4,500 employees, which raises the likelihood", sentence("employees", 4500.0, 0.7));
        assertEquals("Company size is 450 employees, which raises the likelihood", sentence("employees", "450", 0.7));
    }

    @Test
    void aScaleInTheDescriptionReadsAsAScale() {
        assertEquals("Risk tolerance is 4 on a 1-5 scale, which lowers the likelihood", sentence("risk", 4.0, -0.2));
    }

    @Test
    void aCodedValueReadsAsItsMeaning() {
        assertEquals("Days since last contact in a previous campaign: never, which lowers the likelihood",
                sentence("pdays", -1.0, -0.5));
        assertEquals("Days since last contact in a previous campaign is 12, which raises the likelihood",
                sentence("pdays", 12.0, 0.5));
    }

    @Test
    void aMissingValueIsNotKnownWhateverItsKindOrToken() {
        assertEquals("Attended a demo: not known, which lowers the likelihood", sentence("demo", null, -0.3));
        assertEquals("Risk tolerance is not known, which raises the likelihood", sentence("risk", "N/A", 0.3));
        assertEquals("Lead source is not known, which lowers the likelihood", sentence("source", "  ", -0.3));
    }

    @Test
    void aYesOrNoReadsAsYesOrNoHoweverItWasSent() {
        for (Object yes : List.of(true, "yes", "TRUE", 1.0)) {
            assertEquals("Attended a demo: yes, which raises the likelihood", sentence("demo", yes, 0.9));
        }
        for (Object no : List.of(false, "no", 0.0)) {
            assertEquals("Attended a demo: no, which lowers the likelihood", sentence("demo", no, -0.9));
        }
    }

    @Test
    void aLongLabelIsCutAtAWordAndTheDescriptionsNoteIsDropped() {
        String s = sentence("activity", "Had a phone conversation about the enterprise plan and pricing", 0.4);
        assertEquals("Last activity is Had a phone conversation about the…, which raises the likelihood", s);
    }

    @Test
    void anInteractionNamesBothValues() {
        assertEquals("Calendar date of the last contact: may and 5, which lowers the likelihood",
                sentence("month*day", "may|5", -0.6));
    }

    @Test
    void theSurveyIndicatorSaysWhetherTheSurveyWasAnswered() {
        assertEquals("Did not answer the survey, which lowers the likelihood",
                sentences.sentence("survey_answered", 0.0, -0.4, false));
        assertEquals("Answered the survey, which raises the likelihood",
                sentences.sentence("survey_answered", 1.0, 0.4, true));
    }

    @Test
    void aTinyContributionBarelyChangesTheLikelihood() {
        assertEquals("Company size is 12.5 employees, which barely changes the likelihood",
                sentence("employees", 12.5, 0.001));
    }

    @Test
    void everyFieldAndValueShapeGivesOneSentence() {
        List<Object> values = new ArrayList<>(List.of("x", "Software", "N/A", 0.0, -1.0, 1e9, true, false,
                "a very long value ".repeat(6)));
        values.add(null);
        for (String field : List.of("employees", "demo", "risk", "pdays", "source", "activity", "month*day", "unknown")) {
            for (Object value : values) {
                sentence(field, value, 0.5);
                sentence(field, value, -0.5);
            }
        }
    }

    @Test
    void aRepeatedValueGetsTheSameSentenceAndEachEffectItsOwn() {
        String raises = sentence("employees", 4500.0, 0.7);
        assertTrue(raises == sentences.sentence("employees", 4500.0, 0.3, false), "kept, not made again");
        assertEquals("Company size is 4,500 employees, which lowers the likelihood", sentence("employees", 4500.0, -0.7));
        assertEquals("Company size is 4,500 employees, which barely changes the likelihood",
                sentence("employees", 4500.0, 0.005));
        assertEquals("Company size is 4,501 employees, which raises the likelihood", sentence("employees", 4501.0, 0.7));
        assertEquals("Lead source is web, which raises the likelihood", sentence("source", "web", 0.2));
        assertEquals("Lead source is partner, which raises the likelihood", sentence("source", "partner", 0.2));
    }

    @Test
    void aFieldWithMoreValuesThanAreKeptStillGetsItsOwnSentenceForEach() {
        for (int i = 0; i < ReasonSentences.VALUES_KEPT + 50; i++) {
            assertEquals("Lead source is s" + i + ", which lowers the likelihood", sentence("source", "s" + i, -0.2));
        }
        assertEquals("Lead source is s3, which raises the likelihood", sentence("source", "s3", 0.2));
    }
}
