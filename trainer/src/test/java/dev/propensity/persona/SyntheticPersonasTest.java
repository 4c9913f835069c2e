package dev.propensity.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.generate.GeneratorSettings;
import dev.propensity.generate.SyntheticCrm;
import dev.propensity.match.MatchFigure;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.train.ModelTrainer;
import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the generator's hidden truth: the discovered personas match the hidden ones, and the recommended rep of
 * each persona is its true best (the specialist written to affinities.csv), although reps were assigned partly by
 * territory and the senior reps were handed the most promising leads.
 */
class SyntheticPersonasTest {
    private static final Path SCHEMA = Path.of("..", "datasets", "synthetic-personas.schema.json");
    private static final int LEADS = 40_000;

    @TempDir
    static Path folder;
    static PersonaTrainer.Result result;
    static LeadTable wide;
    static Map<String, String> hidden = new HashMap<>();
    static Map<String, String> bestRep = new HashMap<>();

    @BeforeAll
    static void trainOnGeneratedData() throws IOException {
        new SyntheticCrm(new GeneratorSettings(LEADS, 11, false)).generate(folder, n -> {
        });
        String text = Files.readString(SCHEMA).replace("sample/", folder.toString() + "/");
        Path schemaFile = folder.resolve("schema.json");
        Files.writeString(schemaFile, text);
        Schema schema = SchemaReader.read(schemaFile);
        PersonaSettings settings = PersonaSettingsReader.read(schemaFile, schema).orElseThrow();
        wide = new LeadTableLoader(DealColumns.widen(schema, settings)).load();
        TrainedModel trained = new ModelTrainer(TrainingOptions.DEFAULT).train(DealColumns.narrow(wide, schema));
        double[] p = new double[wide.size()];
        for (int r = 0; r < p.length; r++) {
            p[r] = trained.scorer().probability(MixedEncoding.row(wide, r));
        }
        result = new PersonaTrainer(settings).train(wide, p, Optional.empty(), Map.of());
        for (String line : Files.readAllLines(folder.resolve("ground_truth.csv")).subList(1, LEADS + 1)) {
            String[] f = line.split(",");
            hidden.put(f[0], f[1]);
        }
        for (String line : Files.readAllLines(folder.resolve("affinities.csv"))) {
            String[] f = line.split(",");
            if (f[0].equals("rep") && f[4].equals("true")) {
                bestRep.put(f[2], f[1]);
            }
        }
    }

    @Test
    void discoveredPersonasMatchTheHiddenOnes() {
        assertEquals(5, result.discovery().k(), "silhouettes " + result.discovery().silhouettes());
        List<String> truth = new java.util.ArrayList<>();
        List<Integer> found = new java.util.ArrayList<>();
        Map<String, Boolean> answered = answeredSurvey();
        for (int r = 0; r < wide.size(); r++) {
            if (answered.getOrDefault(wide.ids()[r], false)) {
                truth.add(hidden.get(wide.ids()[r]));
                found.add(result.assignments()[r]);
            }
        }
        double ari = AdjustedRand.index(truth.toArray(String[]::new), found.toArray(Integer[]::new));
        System.out.printf("personas: k=%d, stability %.3f, ARI against hidden personas %.3f on %d surveyed leads%n",
                result.discovery().k(), result.discovery().stability(), ari, truth.size());
        assertTrue(ari >= 0.8, "ARI " + ari);
        assertTrue(result.discovery().published());
    }

    @Test
    void theRecommendedRepIsTheTrueBestForAtLeastFourOfFivePersonas() {
        int right = 0;
        StringBuilder seen = new StringBuilder();
        for (int p = 0; p < result.book().personas().size(); p++) {
            Map<String, Integer> votes = new HashMap<>();
            for (int r = 0; r < wide.size(); r++) {
                if (result.assignments()[r] == p) {
                    votes.merge(hidden.get(wide.ids()[r]), 1, Integer::sum);
                }
            }
            String persona = votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            MatchFigure top = result.book().reps().get(p).get(0);
            right += top.name().equals(bestRep.get(persona)) ? 1 : 0;
            seen.append(String.format("%s: recommended %s (adjusted %.3f), true best %s; ", persona, top.name(),
                    top.adjustedRate(), bestRep.get(persona)));
        }
        System.out.println("rep match: " + right + " of " + result.book().personas().size() + ": " + seen);
        assertTrue(right >= 4, seen.toString());
    }

    private static Map<String, Boolean> answeredSurvey() {
        Map<String, Boolean> answered = new HashMap<>();
        try {
            for (String line : Files.readAllLines(folder.resolve("surveys.csv")).subList(1,
                    (int) Files.lines(folder.resolve("surveys.csv")).count())) {
                answered.put(line.substring(0, line.indexOf(',')), true);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return answered;
    }
}
