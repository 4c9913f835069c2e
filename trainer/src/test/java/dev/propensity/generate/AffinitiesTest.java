package dev.propensity.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hidden truth issue 9 checks against: one specialist rep per persona, and confounded rep assignment. */
class AffinitiesTest {
    @TempDir
    static Path folder;
    private static GeneratedSample sample;
    private static GeneratedSample.Table affinities;

    @BeforeAll
    static void generate() throws IOException {
        sample = GeneratedSample.generate(folder, 6000, 3, false);
        affinities = GeneratedSample.Table.read(folder.resolve("affinities.csv"));
    }

    @Test
    void eachPersonaHasOneBestRepWhoIsNeverASeniorRep() {
        Map<String, Integer> best = new HashMap<>();
        for (String[] row : affinities.rows()) {
            if (row[0].equals("rep") && row[4].equals("true")) {
                best.merge(row[2], 1, Integer::sum);
                int number = Integer.parseInt(row[1].substring(4));
                assertTrue((number - 1) % Affinities.REPS_PER_TERRITORY != 0, row[1] + " is a senior rep");
                assertEquals("1.300000", row[3], "the specialist's affinity");
            }
        }
        assertEquals(Map.of("innovator", 1, "pragmatist", 1, "conservative", 1, "price_hunter", 1, "tire_kicker", 1), best);
    }

    @Test
    void seniorRepsAreHandedTheMorePromisingLeads() {
        List<String> owners = sample.opportunities().column("owner");
        List<String> truth = sample.truth().column("true_probability");
        double senior = 0;
        double others = 0;
        int s = 0;
        int o = 0;
        for (int i = 0; i < owners.size(); i++) {
            boolean isSenior = (Integer.parseInt(owners.get(i).substring(4)) - 1) % Affinities.REPS_PER_TERRITORY == 0;
            double p = Double.parseDouble(truth.get(i));
            if (isSenior) {
                senior += p;
                s++;
            } else {
                others += p;
                o++;
            }
        }
        assertTrue(senior / s > others / o + 0.05, "senior " + senior / s + " vs others " + others / o);
    }
}
