package dev.propensity.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCrmTest {
    private static final int LEADS = 5000;
    private static final List<String> FILES = List.of("opportunities.csv", "opportunities.parquet", "surveys.csv",
            "surveys.parquet", "ground_truth.csv", "affinities.csv");

    @TempDir
    static Path shared;
    private static GeneratedSample sample;

    @TempDir
    Path folder;

    @BeforeAll
    static void generateOnce() throws IOException {
        sample = GeneratedSample.generate(shared.resolve("seed42"), LEADS, 42, false);
    }

    @Test
    void theSameSeedGivesByteIdenticalFiles() throws IOException {
        Path again = folder.resolve("again");
        new SyntheticCrm(new GeneratorSettings(LEADS, 42, false)).generate(again, n -> {
        });
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(sample.folder().resolve(file)), Files.readAllBytes(again.resolve(file)),
                    file);
        }
    }

    @Test
    void anotherSeedGivesOtherFiles() throws IOException {
        Path other = folder.resolve("other");
        new SyntheticCrm(new GeneratorSettings(LEADS, 43, false)).generate(other, n -> {
        });
        for (String file : FILES) {
            assertFalse(Arrays.equals(Files.readAllBytes(sample.folder().resolve(file)),
                    Files.readAllBytes(other.resolve(file))), file + " did not change with the seed");
        }
    }

    @Test
    void everyLeadHasOneOpportunityAndOneTruthRow() {
        assertEquals(LEADS, sample.opportunities().size());
        assertEquals(LEADS, sample.truth().size());
        assertEquals(sample.summary().surveys(), sample.surveys().size());
        assertEquals(sample.opportunities().column("lead_id"), sample.truth().column("lead_id"));
        assertEquals("L0000001", sample.opportunities().column("lead_id").get(0));
        assertEquals("L0005000", sample.opportunities().column("lead_id").get(LEADS - 1));
    }

    @Test
    void theColumnsAreExactlyTheDocumentedOnes() {
        assertEquals(List.of("lead_id", "account_id", "created_date", "closed_date", "outcome", "amount", "industry",
                "employees", "annual_revenue", "country", "contact_title", "lead_source", "registration_form",
                "requested_call", "web_visits", "downloads", "email_clicks", "demo_attended", "days_since_last_activity",
                "owner", "product", "stage_at_export", "days_to_close"), sample.opportunities().header());
        assertEquals(List.of("lead_id", "innovation_appetite", "risk_tolerance", "price_sensitivity", "decision_style",
                "budget_confirmed", "authority_level", "need_score", "timeframe", "values_references",
                "needs_roi_proof", "compares_vendors", "early_adopter", "reads_research", "ready_to_commit"),
                sample.surveys().header());
        assertEquals(List.of("lead_id", "persona", "true_probability"), sample.truth().header());
    }

    @Test
    void aRealisticShareOfLeadsNeverAnsweredTheSurvey() {
        double missing = 1.0 - (double) sample.surveys().size() / LEADS;
        assertTrue(missing > 0.30 && missing < 0.40, "share without survey: " + missing);
        Set<String> leads = new HashSet<>(sample.opportunities().column("lead_id"));
        assertTrue(leads.containsAll(sample.surveys().column("lead_id")), "a survey row for an unknown lead");
        long skipped = sample.surveys().column("need_score").stream().filter(v -> v == null).count();
        assertTrue(skipped > 0 && skipped < sample.surveys().size() * 0.15, "skipped need_score answers: " + skipped);
    }

    @Test
    void trueProbabilitiesLieInsideZeroOneAndAverageToTheWinRate() {
        double sum = 0;
        for (String p : sample.truth().column("true_probability")) {
            double value = Double.parseDouble(p);
            assertTrue(value > 0 && value < 1, "probability " + value);
            sum += value;
        }
        double winRate = sample.opportunities().column("outcome").stream().filter("won"::equals).count() / (double) LEADS;
        // The outcomes are Bernoulli draws: with 5,000 leads the win rate stays within about 0.02 of the mean.
        assertEquals(sum / LEADS, winRate, 0.02);
        assertTrue(winRate > 0.20 && winRate < 0.30, "win rate " + winRate);
        assertEquals(winRate, sample.summary().winRate(), 1e-12);
    }

    @Test
    void trueProbabilitiesRankTheOutcomesWell() {
        List<String> outcomes = sample.opportunities().column("outcome");
        List<String> probabilities = sample.truth().column("true_probability");
        List<Double> won = new ArrayList<>();
        List<Double> lost = new ArrayList<>();
        for (int i = 0; i < LEADS; i++) {
            ("won".equals(outcomes.get(i)) ? won : lost).add(Double.parseDouble(probabilities.get(i)));
        }
        double auc = RankStatistics.auc(won, lost);
        assertTrue(auc > 0.80 && auc < 0.90, "AUC of the true probabilities: " + auc);
    }

    @Test
    void theStageAtExportNearlyDeterminesTheLabel() {
        List<String> outcomes = sample.opportunities().column("outcome");
        List<String> stages = sample.opportunities().column("stage_at_export");
        int agree = 0;
        for (int i = 0; i < LEADS; i++) {
            boolean wonStage = "Closed Won".equals(stages.get(i));
            assertTrue(wonStage || "Closed Lost".equals(stages.get(i)), stages.get(i));
            agree += wonStage == "won".equals(outcomes.get(i)) ? 1 : 0;
        }
        assertTrue(agree >= LEADS * 0.99, "stage agrees with outcome for " + agree + " of " + LEADS);
    }

    @Test
    void datesSpanTwoYearsInOrderAndDealsCloseByTheExportDate() {
        List<String> created = sample.opportunities().column("created_date");
        List<String> closed = sample.opportunities().column("closed_date");
        assertEquals("2024-07-01", created.get(0));
        for (int i = 0; i < LEADS; i++) {
            if (i > 0) {
                assertTrue(created.get(i - 1).compareTo(created.get(i)) <= 0, "dates out of order at row " + i);
            }
            assertFalse(LocalDate.parse(closed.get(i)).isAfter(LocalDate.of(2026, 6, 30)), closed.get(i));
            assertFalse(LocalDate.parse(closed.get(i)).isBefore(LocalDate.parse(created.get(i))), closed.get(i));
        }
        assertTrue(created.get(LEADS - 1).startsWith("2026-06"), created.get(LEADS - 1));
    }

    @Test
    void leadsShareAccountsAndTheDataIsMessy() {
        long accounts = sample.opportunities().column("account_id").stream().distinct().count();
        assertTrue(accounts < LEADS * 0.7 && accounts > LEADS * 0.2, accounts + " accounts");
        Set<String> industries = new HashSet<>(sample.opportunities().column("industry"));
        assertTrue(industries.containsAll(List.of("Software", "software", " software", "SOFTWARE", "Softwre")),
                "spellings of Software: " + industries);
        assertTrue(industries.contains(null), "no missing industry");
        List<String> employees = sample.opportunities().column("employees");
        assertTrue(employees.contains(null), "no missing employees");
        // A slipped "000" makes a head count a thousand times the typical one; the log-normal tail alone never does.
        long largest = employees.stream().filter(e -> e != null).mapToLong(Long::parseLong).max().orElse(0);
        assertTrue(largest > 1000 * medianEmployees(sample), "no head-count outlier; largest " + largest);
        assertTrue(new HashSet<>(sample.opportunities().column("contact_title")).size() > 30, "too few titles");
    }

    @Test
    void theShiftedPopulationHasLargerCompaniesAndAnotherPersonaMix() throws IOException {
        GeneratedSample shifted = GeneratedSample.generate(folder.resolve("shifted"), LEADS, 42, true);
        assertTrue(medianEmployees(shifted) > 2 * medianEmployees(sample),
                medianEmployees(shifted) + " vs " + medianEmployees(sample));
        assertTrue(share(shifted.truth().column("persona"), "conservative")
                > share(sample.truth().column("persona"), "conservative") + 0.04);
        assertTrue(share(shifted.opportunities().column("lead_source"), "paid search")
                > share(sample.opportunities().column("lead_source"), "paid search") + 0.04);
    }

    @Test
    void progressIsReportedAndNothingIsPrinted() throws IOException {
        List<Long> reports = new ArrayList<>();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(printed, true)) {
            System.setOut(capture);
            System.setErr(capture);
            new SyntheticCrm(new GeneratorSettings(2500, 1, false)).generate(folder.resolve("quiet"), reports::add);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals(List.of(1000L, 2000L, 2500L), reports);
        assertEquals("", printed.toString());
    }

    @Test
    void anImpossibleNumberOfLeadsIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new GeneratorSettings(-5, 42, false));
        assertTrue(error.getMessage().contains("-5"), error.getMessage());
    }

    private static double medianEmployees(GeneratedSample s) {
        long[] values = s.opportunities().column("employees").stream().filter(e -> e != null)
                .mapToLong(Long::parseLong).sorted().toArray();
        return values[values.length / 2];
    }

    private static double share(List<String> values, String value) {
        return values.stream().filter(value::equals).count() / (double) values.size();
    }
}
