package dev.propensity.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.FeatureKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Persona ids (and so names) across retrains. */
class PersonaLineageTest {
    private static MixedEncoding encoding(double mean, double std) {
        return new MixedEncoding(List.of(new EncodedField("x", FeatureKind.NUMERIC, true, false, mean, std, List.of(), 0),
                new EncodedField("y", FeatureKind.NUMERIC, true, false, 0, 1, List.of(), 1)), 0.5, CsvFormat.DEFAULT);
    }

    @Test
    void aFirstTrainingNumbersPersonasBySize() {
        assertEquals(List.of("P2", "P1", "P3"), PersonaLineage.first(new int[] {50, 80, 10}).ids());
    }

    @Test
    void reorderedClustersKeepTheirIdsEvenWhenTheScaleMoved() {
        // Old: x standardised with mean 0, sd 1; new with mean 2, sd 2. Old P1 at raw x = -4, P2 at raw x = 4
        // become new-encoded -3 and 1; the new clusters come out in the other order.
        MixedEncoding old = encoding(0, 1);
        MixedEncoding now = encoding(2, 2);
        PersonaLineage.Result r = PersonaLineage.carry(old, new double[][] {{-4, 0}, {4, 0}}, List.of("P1", "P2"),
                now, new double[][] {{1.1, 0}, {-3, 0.1}});
        assertEquals(List.of("P2", "P1"), r.ids());
        assertTrue(r.retired().isEmpty());
    }

    @Test
    void whenOnePersonaSplitsTheCloserHalfKeepsTheIdAndTheOtherIsNew() {
        MixedEncoding e = encoding(0, 1);
        PersonaLineage.Result r = PersonaLineage.carry(e, new double[][] {{0, 0}, {10, 0}}, List.of("P1", "P2"),
                e, new double[][] {{0.2, 0}, {10, 0}, {1.2, 0}});
        assertEquals(List.of("P1", "P2", "P3"), r.ids());
        assertTrue(r.notes().get(2).startsWith("split from P1"), r.notes().get(2));
    }

    @Test
    void aPersonaThatDisappearsIsRetired() {
        MixedEncoding e = encoding(0, 1);
        PersonaLineage.Result r = PersonaLineage.carry(e, new double[][] {{0, 0}, {10, 0}, {20, 0}},
                List.of("P1", "P2", "P3"), e, new double[][] {{0, 0}, {20.5, 0}});
        assertEquals(List.of("P1", "P3"), r.ids());
        assertEquals(List.of("P2"), r.retired());
    }
}
