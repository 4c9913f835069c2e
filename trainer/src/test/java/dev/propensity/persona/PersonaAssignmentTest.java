package dev.propensity.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.FeatureKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Assignment from the fields a lead has, with hand-computed distances and margins. */
class PersonaAssignmentTest {
    // Two fields: employees (fit, standardised: mean 100, sd 50) and a survey answer (mean 3, sd 1).
    private static final MixedEncoding ENCODING = new MixedEncoding(List.of(
            new EncodedField("employees", FeatureKind.NUMERIC, false, false, 100, 50, List.of(), 0),
            new EncodedField("innovation", FeatureKind.NUMERIC, true, false, 3, 1, List.of(), 1)),
            0.5, CsvFormat.DEFAULT);
    private static final double[][] CENTROIDS = {{-1, -1}, {1, 1}};

    @Test
    void aLeadWithASurveyIsPlacedOnAllItsFields() {
        Assignment a = new PersonaAssigner(ENCODING, CENTROIDS, 0.5).assign(Map.of("employees", 150, "innovation", 5)::get);
        // x = (1, 2): d₁² = 0 + 1 = 1 to centroid 1, d₂² = 4 + 9 = 13 to centroid 0: margin = 1 - 1/√13.
        assertEquals(1, a.index());
        assertEquals(1 - 1 / Math.sqrt(13), a.margin(), 1e-12);
        assertTrue(a.withSurvey());
    }

    @Test
    void aLeadWithoutASurveyIsPlacedOnItsFitFieldsAlone() {
        Assignment a = new PersonaAssigner(ENCODING, CENTROIDS, 0.5).assign(Map.of("employees", 60)::get);
        // x = (-0.8, absent): d² = 0.04 to centroid 0 and 3.24 to centroid 1: margin = 1 - 0.2/1.8.
        assertEquals(0, a.index());
        assertEquals(1 - 0.2 / 1.8, a.margin(), 1e-12);
        assertFalse(a.withSurvey());
    }

    @Test
    void aLeadWithTooFewFieldsIsUnknown() {
        Assignment a = new PersonaAssigner(ENCODING, CENTROIDS, 0.75).assign(Map.of("employees", 60)::get);
        assertFalse(a.isKnown());
        assertEquals(-1, new PersonaAssigner(ENCODING, CENTROIDS, 0.5).assign(Map.<String, Object>of()::get).index());
    }
}
