package dev.propensity.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.model.Explanation;
import dev.propensity.schema.SchemaReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A truth no additive model can express: a lead wins with probability 0.75 when its plan and its region agree
 * and 0.25 when they differ, so neither field matters alone. The screening ranks that pair first, the search keeps
 * it because validation log loss drops, the held-out AUC rises from chance, and the pair is explained as a field.
 */
class RecipeSearchTest {
    private static final String SCHEMA = """
            {"name": "xor", "data": "leads.csv", "id": "lead_id", "label": {"column": "outcome", "positive": "won"},
             "features": [
               {"name": "plan", "kind": "categorical", "group": "fit"},
               {"name": "region", "kind": "categorical", "group": "fit"},
               {"name": "colour", "kind": "categorical", "group": "fit"},
               {"name": "visits", "kind": "numeric", "group": "engagement"}
             ]}
            """;

    @TempDir
    static Path dir;
    static LeadTable table;

    @BeforeAll
    static void write() throws IOException {
        Random random = new Random(10);
        StringBuilder csv = new StringBuilder("lead_id,plan,region,colour,visits,outcome\n");
        String[] colours = {"red", "green", "blue"};
        for (int i = 0; i < 3000; i++) {
            boolean plan = random.nextBoolean();
            boolean region = random.nextBoolean();
            boolean won = random.nextDouble() < (plan == region ? 0.75 : 0.25);
            csv.append(String.format(Locale.ROOT, "L%05d,%s,%s,%s,%.3f,%s%n", i, plan ? "pro" : "basic",
                    region ? "north" : "south", colours[random.nextInt(3)], random.nextGaussian(), won ? "won" : "lost"));
        }
        Files.writeString(dir.resolve("leads.csv"), csv);
        Files.writeString(dir.resolve("schema.json"), SCHEMA);
        table = new LeadTableLoader(SchemaReader.read(dir.resolve("schema.json"))).load();
    }

    @Test
    void theScreenRanksTheTruePairFirst() {
        DataSplit split = Splitter.stratified(table.won(), 0.2, 42);
        TrainedModel main = new ModelTrainer(TrainingOptions.DEFAULT.withFolds(0)).evaluate(table, split);
        List<InteractionScreen.Candidate> ranked = InteractionScreen.rank(table, split.train(), main.scorer());
        assertEquals("plan*region", ranked.get(0).interaction().field(), ranked.toString());
        assertTrue(ranked.get(0).score() > 10 * Math.max(ranked.get(1).score(), 1e-9), ranked.toString());
    }

    @Test
    void theSearchKeepsThePairOnlyBecauseItHelpsAndReportsEveryStep() {
        TrainedModel plain = new ModelTrainer(TrainingOptions.DEFAULT.withFolds(0)).train(table);
        TrainedModel tuned = new ModelTrainer(TrainingOptions.DEFAULT.withFolds(0).withTune(true)).train(table);
        assertTrue(plain.test().rocAuc() < 0.6, "no additive signal: " + plain.test().rocAuc());
        assertTrue(tuned.test().rocAuc() > 0.7, "the pair found: " + tuned.test().rocAuc());
        List<RecipeSearch.Step> steps = tuned.tuning();
        assertEquals("start", steps.get(0).step());
        RecipeSearch.Step pair = steps.stream().filter(s -> s.step().equals("interaction")).findFirst().orElseThrow();
        assertEquals("plan*region", pair.choice());
        assertTrue(pair.kept() && pair.gain() >= RecipeSearch.MIN_GAIN, pair.toString());
        steps.stream().filter(s -> s.step().equals("interaction") && !s.choice().equals("plan*region"))
                .forEach(s -> assertTrue(!s.kept() || s.gain() >= RecipeSearch.MIN_GAIN, s.toString()));
        assertTrue(tuned.table().schema().interactions().stream().anyMatch(i -> i.field().equals("plan*region")));

        // Explained exactly: the contributions, the pair's among them, add up to the log-odds.
        Map<String, Object> lead = Map.of("plan", "pro", "region", "north", "colour", "red", "visits", 0.3);
        Explanation why = tuned.scorer().explain(lead::get);
        assertTrue(why.contributions().stream().anyMatch(c -> c.field().equals("plan*region")));
        double sum = why.baselineLogOdds() + why.contributions().stream().mapToDouble(c -> c.logOdds()).sum();
        assertEquals(why.logOdds(), sum, 1e-9);
    }
}
