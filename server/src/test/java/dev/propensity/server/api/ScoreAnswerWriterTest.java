package dev.propensity.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streamed answer is the mapper's answer, byte for byte, whatever parts an answer has. */
class ScoreAnswerWriterTest {
    private static final List<Reason> REASONS = List.of(
            new Reason("employees", 5000.0, 0.8123456789, "Company size is 5,000 employees, which raises the likelihood"),
            new Reason("industry", null, -0.25, "Industry is not known, which lowers the likelihood"),
            new Reason("requested_call", true, 1e-7, "Requested a call: yes, which barely changes the likelihood"));

    private static void assertSameAsMapper(ScoreResponse response) throws JsonProcessingException {
        assertEquals(new String(Json.MAPPER.writeValueAsBytes(response), StandardCharsets.UTF_8),
                new String(ScoreAnswerWriter.toBytes(response), StandardCharsets.UTF_8));
    }

    @Test
    void anAnswerWithoutGradesOrPersonasIsWrittenAsTheMapperWritesIt() throws JsonProcessingException {
        assertSameAsMapper(new ScoreResponse("L-1", 3, 0.4321, 43, REASONS, -1.5, -0.27,
                List.of(new FieldContribution("employees", 5000.0, 0.8123456789),
                        new FieldContribution("industry", null, -0.25),
                        new FieldContribution("country", "Côte d'Ivoire \"quoted\" \n", 0.0),
                        new FieldContribution("amount", new BigDecimal("12345678901234567890.5"), -0.0),
                        new FieldContribution("survey_answered", 1.0, 3.0E-12)),
                List.of("noise: not a field of the model, ignored", "industry: missing")));
    }

    @Test
    void aLeadWithoutAnIdStillCarriesTheNullId() throws JsonProcessingException {
        assertSameAsMapper(new ScoreResponse(null, 1, 0.5, 50, List.of(), 0, 0, List.of(), List.of()));
    }

    @Test
    void gradesByThresholdAndByRuleAreWrittenAsTheMapperWritesThem() throws JsonProcessingException {
        SubScores scores = new SubScores(
                new SubScoreView(0.61, 61, REASONS, -0.4, null, null, null),
                new SubScoreView(0.2, 20, REASONS.subList(0, 1), 0.1, "events", null, null),
                new SubScoreView(0.3, 30, List.of(new Reason("industry+country", "Software / Germany", 0.12,
                        "Software / Germany: 3 of 9 past leads won")), -0.8, null, 9L, 3L),
                Quadrant.of(dev.propensity.grade.Grade.C));
        for (DecidedBy decided : List.of(new DecidedBy("threshold", null, "fit high (0.61 >= 0.5)"),
                new DecidedBy("rule", "rules.txt line 3: score >= 90", "hot lead"))) {
            assertSameAsMapper(new ScoreResponse("L-2", 2, 0.9, 90, REASONS, -1, 2.2, List.of(), List.of(), scores,
                    "A", "sales", decided, null, null));
        }
    }

    @Test
    void personasAndRecommendationsAreWrittenAsTheMapperWritesThem() throws JsonProcessingException {
        Recommendations recommendations = new Recommendations(
                List.of(new RepRecommendation("Ada", 0.4567, 12, false, "won 5 of 12 deals"),
                        new RepRecommendation("Bo", 0.1, 2, true, "won 1 of 2 deals; thin evidence")),
                List.of(new ProductRecommendation("Sales CRM", 0.33, 1234.56, 40, false, "this persona won 13 of 40")),
                true);
        assertSameAsMapper(new ScoreResponse("L-3", 4, 0.12, 12, REASONS, -2, -1.99, List.of(), List.of(), null,
                null, null, null, new PersonaView("P2", "Pragmatic buyer", 0.125, "survey and fit"), recommendations));
        assertSameAsMapper(new ScoreResponse("L-4", 4, 0.12, 12, REASONS, -2, -1.99, List.of(), List.of(), null,
                null, null, null, new PersonaView("unknown", "too few of the persona fields", 0, "fit only"),
                new Recommendations(List.of(), List.of(), false)));
    }

    @Test
    void repsAndProductsWrittenOncePerPersonaAreWrittenAsTheMapperWritesThem() throws JsonProcessingException {
        RepList.Fixed fixed = new RepList.Fixed(List.of(
                new RepRecommendation("Ada \"the closer\" Løvås", 0, 12, false, "won 5 of 12 deals, \u00e9 \n new line"),
                new RepRecommendation("Bo", 0, 2, true, "won 1 of 2 deals; thin evidence"),
                new RepRecommendation("{\"rep\":\"x\",\"expected_win_rate\":0.5}", 0, 0, true, "")));
        PreWrittenList<ProductRecommendation> products = PreWrittenList.of(List.of(
                new ProductRecommendation("Sales CRM", 0.33, 1234.56, 40, false, "this persona won 13 of 40"),
                new ProductRecommendation("Data \"Platform\"", 0.0, 0.0, 0, true, "no deals yet")));
        PersonaView persona = new PersonaView("P2", "Pragmatic buyer", 0.125, "survey and fit");
        // In the persona's order, drawn in another order (exploration), one rep, none; rates whole, tiny, repeated.
        for (RepList reps : List.of(fixed.rated(new int[] {0, 1, 2}, new double[] {0.4567, 1.0, 1e-9}),
                fixed.rated(new int[] {2, 0, 1}, new double[] {0.0, 0.4567, 0.123456789}),
                fixed.rated(new int[] {1}, new double[] {0.25}),
                fixed.rated(new int[0], new double[0]))) {
            for (boolean explored : new boolean[] {false, true}) {
                assertSameAsMapper(new ScoreResponse("L-5", 4, 0.12, 12, REASONS, -2, -1.99, List.of(), List.of(),
                        null, null, null, null, persona, new Recommendations(reps, products, explored)));
            }
        }
        assertSameAsMapper(new ScoreResponse("L-6", 4, 0.12, 12, REASONS, -2, -1.99, List.of(), List.of(), null,
                null, null, null, persona, new Recommendations(fixed.rated(new int[] {0}, new double[] {0.5}),
                PreWrittenList.of(List.of()), false)));
    }

    @Test
    void specialNumbersAreWrittenAsTheMapperWritesThem() throws JsonProcessingException {
        for (double x : Arrays.asList(1e-300, 123456789.123, 0.1 + 0.2, Double.MIN_VALUE, 1e21, -5e-324)) {
            assertSameAsMapper(new ScoreResponse("L", 1, x, 0, List.of(new Reason("f", x, x, "s")), x, x,
                    List.of(new FieldContribution("f", x, x)), List.of()));
        }
    }

    @Test
    void wholeNumbersOfEverySizeAndSignAreWrittenAsTheMapperWritesThem() throws JsonProcessingException {
        double[] values = {0.0, -0.0, 1.0, -1.0, 28.0, 9_999.0, 10_000.0, 999_999.0, 1_000_000.0, 1e7, -123_456.0,
            0.5, 1e-3, 1e-4, 123.25, Double.MIN_VALUE, 4.9e15, -2.5e22};
        List<FieldContribution> contributions = Arrays.stream(values)
                .mapToObj(v -> new FieldContribution("n", v, v)).toList();
        assertSameAsMapper(new ScoreResponse("L-9", 1, 0.5, 50, List.of(), 0.0, -0.0, contributions, List.of()));
    }

    @Test
    void recurringTextsAreWrittenAsTheMapperWritesThemAlsoAfterTheKeptTextsStartAgain() throws JsonProcessingException {
        for (int i = 0; i < PreEncoded.MAX_TEXTS + 10; i += 97) {
            String text = "Industry is s" + i + " \"q\" é\n, which raises the likelihood";
            PreEncoded.of(text);
            assertSameAsMapper(new ScoreResponse("L-" + i, 1, 0.5, 50,
                    List.of(new Reason("industry", "s" + i, 0.1, text)), 0.0, 0.1, List.of(), List.of("w" + i)));
        }
        for (int i = 0; i < PreEncoded.MAX_TEXTS + 10; i++) {
            PreEncoded.of("t" + i);
        }
        assertEquals(true, PreEncoded.size() <= PreEncoded.MAX_TEXTS, "bounded: " + PreEncoded.size());
    }

    @Test
    void manyDifferentAndRecurringDoublesAreWrittenAsTheMapperWritesThem() throws JsonProcessingException {
        java.util.Random random = new java.util.Random(11);
        double[] numbers = new double[40_000];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = switch (i % 4) {
                case 0 -> random.nextGaussian();
                case 1 -> Double.longBitsToDouble(random.nextLong());
                case 2 -> random.nextInt(1000) / 7.0;
                default -> numbers[random.nextInt(i)];
            };
        }
        for (int round = 0; round < 2; round++) {
            for (int from = 0; from < numbers.length; from += 1000) {
                List<FieldContribution> contributions = Arrays.stream(numbers, from, from + 1000)
                        .mapToObj(v -> new FieldContribution("x", v, v)).toList();
                assertSameAsMapper(new ScoreResponse("L", 1, numbers[from], 50, List.of(), numbers[from + 1],
                        numbers[from + 2], contributions, List.of()));
            }
        }
    }
}
