package dev.propensity.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.features.LeadValues;
import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.FeatureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The stability measure decides what is published: well-separated groups come back the same in every bootstrap
 * run (mean adjusted Rand index near 1), while clusters cut out of structureless noise move from run to run and are
 * refused with a sentence that says so.
 */
class PersonaStabilityTest {
    private static final MixedEncoding ENCODING = new MixedEncoding(List.of(
            new EncodedField("x", FeatureKind.NUMERIC, false, false, 0, 1, List.of(), 0),
            new EncodedField("y", FeatureKind.NUMERIC, false, false, 0, 1, List.of(), 1)), 0.5, CsvFormat.DEFAULT);

    private static PersonaSettings settings(int k) {
        return new PersonaSettings(List.of("x", "y"), k, k, 0.5, 400, 5, 0.6, 0.5, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, 42);
    }

    @Test
    void threeWellSeparatedGroupsAreStableAndPublished() {
        Random random = new Random(1);
        double[][] centres = {{-6, 0}, {6, 0}, {0, 8}};
        List<LeadValues> leads = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            double[] c = centres[i % 3];
            leads.add(Map.<String, Object>of("x", c[0] + random.nextGaussian(), "y", c[1] + random.nextGaussian())::get);
        }
        Discovery d = PersonaDiscovery.discover(ENCODING, leads, settings(3));
        assertTrue(d.stability() > 0.95, "stability " + d.stability());
        assertTrue(d.published());
        assertEquals(5, d.stabilityRuns().length);
    }

    @Test
    void sixClustersCutOutOfUniformNoiseAreRefusedWithASentence() {
        Random random = new Random(2);
        List<LeadValues> leads = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            leads.add(Map.<String, Object>of("x", random.nextDouble(), "y", random.nextDouble())::get);
        }
        Discovery d = PersonaDiscovery.discover(ENCODING, leads, settings(6));
        assertTrue(d.stability() < 0.6, "stability " + d.stability());
        assertTrue(d.refusal().orElseThrow().startsWith("Personas are not published: the 6 clusters are unstable"),
                d.refusal().toString());
    }
}
