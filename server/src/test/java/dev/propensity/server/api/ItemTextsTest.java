package dev.propensity.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Contribution and reason items written from their kept bytes are the mapper's items, byte for byte: cold, kept,
 * after another item took the slot, and for items that are not kept. Each test's field names are its own, as the
 * table is shared by the whole test run.
 */
class ItemTextsTest {
    /** Enough writes of one answer for its items to be seen, kept, and then written from the kept bytes. */
    private static final int WRITES = 4;

    private static void assertSameAsMapper(ScoreResponse response) throws IOException {
        assertEquals(new String(Json.MAPPER.writeValueAsBytes(response), StandardCharsets.UTF_8),
                new String(ScoreAnswerWriter.toBytes(response), StandardCharsets.UTF_8));
    }

    private static void assertSameAsMapperWrittenAgain(ScoreResponse response) throws IOException {
        for (int i = 0; i < WRITES; i++) {
            assertSameAsMapper(response);
        }
    }

    private static ScoreResponse withContributions(List<FieldContribution> contributions) {
        return new ScoreResponse("L", 1, 0.5, 50, List.of(), -1.0, 0.25, contributions, List.of());
    }

    private static ScoreResponse withReasons(List<Reason> reasons) {
        return new ScoreResponse("L", 1, 0.5, 50, reasons, -1.0, 0.25, List.of(), List.of());
    }

    private static String text(SerializedString json) {
        return new String(json.asUnquotedUTF8(), StandardCharsets.UTF_8);
    }

    private static SerializedString kept(FieldContribution c) {
        return ItemTexts.peek(c.field(), c.value(), c.contribution(), null);
    }

    private static SerializedString kept(Reason r) {
        return ItemTexts.peek(r.field(), r.value(), r.contribution(), r.sentence());
    }

    private static void assertKeptAsMapper(FieldContribution c) throws IOException {
        SerializedString json = kept(c);
        assertNotNull(json, "kept: " + c);
        assertEquals(Json.MAPPER.writeValueAsString(c), text(json));
    }

    private static void assertKeptAsMapper(Reason r) throws IOException {
        SerializedString json = kept(r);
        assertNotNull(json, "kept: " + r);
        assertEquals(Json.MAPPER.writeValueAsString(r), text(json));
    }

    @Test
    void answersWrittenColdThenFromKeptItemsAreTheMappersAnswers() throws IOException {
        List<Reason> reasons = List.of(
                new Reason("t1-employees", 5000.0, 0.8123456789, "Company size is 5,000 employees, which raises it"),
                new Reason("t1-industry", null, -0.25, "Industry is not known, which lowers the likelihood"),
                new Reason("t1-country", "Côte d'Ivoire \"quoted\" \n\u2028 €", 0.125, "Land: Côte d'Ivoire ✓"),
                new Reason("t1-requested_call", true, 1e-7, "Requested a call: yes, which barely changes it"),
                new Reason("t1-survey", 3.0, -0.0, null),
                new Reason(null, "x", 0.5, "no field"));
        List<FieldContribution> contributions = List.of(
                new FieldContribution("t1-employees", 5000.0, 0.8123456789),
                new FieldContribution("t1-industry", null, -0.25),
                new FieldContribution("t1-country", "Côte d'Ivoire \"quoted\" \n\u2028 €", 0.125),
                new FieldContribution("t1-requested_call", false, 0.0),
                new FieldContribution("t1-survey", 3.0, 3.0E-12),
                new FieldContribution("t1-survey2", -0.0, 1e21),
                new FieldContribution("t1-ratio", 0.1 + 0.2, -123456.789),
                new FieldContribution("t1-amount", 1.0e7, 28.0),
                new FieldContribution(null, "x", 0.5));
        SubScores scores = new SubScores(
                new SubScoreView(0.61, 61, reasons, -0.4, null, null, null),
                new SubScoreView(0.2, 20, reasons.subList(1, 3), 0.1, "events", null, null),
                new SubScoreView(0.3, 30, List.of(new Reason("t1-industry+country", "Software / Germany", 0.12,
                        "Software / Germany: 3 of 9 past leads won")), -0.8, null, 9L, 3L),
                Quadrant.of(dev.propensity.grade.Grade.C));
        ScoreResponse response = new ScoreResponse("L-1", 3, 0.4321, 43, reasons, -1.5, -0.27, contributions,
                List.of("t1-noise: ignored"), scores, "A", "sales",
                new DecidedBy("threshold", null, "fit high (0.61 >= 0.5)"), null, null);

        for (Reason r : reasons) {
            assertNull(kept(r), "cold: " + r);
        }
        assertSameAsMapperWrittenAgain(response);
        for (Reason r : reasons) {
            assertKeptAsMapper(r);
        }
        for (FieldContribution c : contributions) {
            assertKeptAsMapper(c);
        }
        // The answer written through the public write(gen, ...) with its own generator is the same too.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            ScoreAnswerWriter.write(gen, response);
        }
        assertEquals(new String(Json.MAPPER.writeValueAsBytes(response), StandardCharsets.UTF_8),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void keptItemsAreNotWrittenToGeneratorsOfOtherSettings() throws IOException {
        List<FieldContribution> contributions = List.of(new FieldContribution("t5-country", "Côte d'Ivoire", 0.5));
        ScoreResponse response = withContributions(contributions);
        assertSameAsMapperWrittenAgain(response);
        assertKeptAsMapper(contributions.get(0));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            gen.enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
            gen.useDefaultPrettyPrinter();
            assertFalse(ItemTexts.suits(gen));
            ScoreAnswerWriter.write(gen, response);
        }
        String written = out.toString(StandardCharsets.UTF_8);
        assertTrue(written.contains("C\\u00F4te d'Ivoire"), written);
        assertTrue(written.contains("\"field\" : \"t5-country\""), written);
        try (JsonGenerator gen = Json.MAPPER.getFactory().createGenerator(new ByteArrayOutputStream())) {
            assertTrue(ItemTexts.suits(gen));
        }
    }

    /** A field name from which both items land in the same slot. */
    private static String collidingField(String prefix, Object a, String sentenceA, Object b, String sentenceB,
            double contribution) {
        long bits = Double.doubleToRawLongBits(contribution);
        for (int i = 0; i < 10_000_000; i++) {
            String field = prefix + i;
            if (ItemTexts.slot(field, a, bits, sentenceA) == ItemTexts.slot(field, b, bits, sentenceB)) {
                return field;
            }
        }
        throw new AssertionError("no colliding field for " + a + " and " + b);
    }

    @Test
    void itemsOfTheSameFieldAndContributionInTheSameSlotAreEachWrittenAsTheMapperWritesThem() throws IOException {
        Object[][] values = {
            {null, 28.0}, {"a", "b"}, {28.0, "28.0"}, {0.0, -0.0}, {true, false}, {true, "true"}, {1.0, true},
            {null, "null"}, {28.0, 28.000000000000004}, {"", null},
        };
        double contribution = 0.3125;
        for (int n = 0; n < values.length; n++) {
            Object a = values[n][0];
            Object b = values[n][1];
            String field = collidingField("t2-v" + n + "-", a, null, b, null, contribution);
            FieldContribution itemA = new FieldContribution(field, a, contribution);
            FieldContribution itemB = new FieldContribution(field, b, contribution);
            assertCollidingItemsWrittenAsMapper(withContributions(List.of(itemA)), () -> kept(itemA),
                    withContributions(List.of(itemB)), () -> kept(itemB));
            // And as reasons, with the same sentence.
            Reason reasonA = new Reason(field, a, contribution, "s");
            Reason reasonB = new Reason(field, b, contribution, "s");
            if (ItemTexts.slot(field, a, Double.doubleToRawLongBits(contribution), "s")
                    == ItemTexts.slot(field, b, Double.doubleToRawLongBits(contribution), "s")) {
                assertCollidingItemsWrittenAsMapper(withReasons(List.of(reasonA)), () -> kept(reasonA),
                        withReasons(List.of(reasonB)), () -> kept(reasonB));
            }
        }
        String[][] sentences = {{"raises it", "lowers it"}, {null, "raises it"}, {"é", "e"}};
        for (int n = 0; n < sentences.length; n++) {
            String a = sentences[n][0];
            String b = sentences[n][1];
            String field = collidingField("t2-s" + n + "-", "v", a, "v", b, contribution);
            Reason reasonA = new Reason(field, "v", contribution, a);
            Reason reasonB = new Reason(field, "v", contribution, b);
            assertCollidingItemsWrittenAsMapper(withReasons(List.of(reasonA)), () -> kept(reasonA),
                    withReasons(List.of(reasonB)), () -> kept(reasonB));
        }
        // A contribution of other bits in the same slot (found by the field again).
        long bitsA = Double.doubleToRawLongBits(0.5);
        long bitsB = Double.doubleToRawLongBits(Math.nextUp(0.5));
        String field = null;
        for (int i = 0; field == null; i++) {
            if (ItemTexts.slot("t2-c" + i, "v", bitsA, null) == ItemTexts.slot("t2-c" + i, "v", bitsB, null)) {
                field = "t2-c" + i;
            }
        }
        FieldContribution itemA = new FieldContribution(field, "v", 0.5);
        FieldContribution itemB = new FieldContribution(field, "v", Math.nextUp(0.5));
        assertCollidingItemsWrittenAsMapper(withContributions(List.of(itemA)), () -> kept(itemA),
                withContributions(List.of(itemB)), () -> kept(itemB));
    }

    private static void assertCollidingItemsWrittenAsMapper(ScoreResponse a,
            java.util.function.Supplier<SerializedString> keptA, ScoreResponse b,
            java.util.function.Supplier<SerializedString> keptB) throws IOException {
        for (int round = 0; round < 2; round++) {
            assertSameAsMapperWrittenAgain(a);
            assertNotNull(keptA.get());
            // A's entry is in B's slot, and is not B's.
            assertNull(keptB.get());
            assertSameAsMapper(b);
            assertNull(keptA.get());
            assertSameAsMapperWrittenAgain(b);
            assertNotNull(keptB.get());
            assertNull(keptA.get());
            assertSameAsMapper(a);
            // Both in one answer, each taking the slot in turn.
            ScoreResponse both = new ScoreResponse("L", 1, 0.5, 50, a.reasons(), -1.0, 0.25,
                    concat(a.contributions(), b.contributions()), List.of(), null, null, null, null, null, null);
            ScoreResponse bothReasons = new ScoreResponse("L", 1, 0.5, 50, concat(a.reasons(), b.reasons()), -1.0,
                    0.25, a.contributions(), List.of(), null, null, null, null, null, null);
            assertSameAsMapperWrittenAgain(both);
            assertSameAsMapperWrittenAgain(bothReasons);
        }
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void itemsReplacedInTheirSlotsByMoreItemsThanSlotsAreWrittenAsTheMapperWritesThemAgain() throws IOException {
        int batch = 256;
        int batches = 3 * ItemTexts.SLOTS / batch;
        List<List<FieldContribution>> all = new ArrayList<>();
        for (int k = 0; k < batches; k++) {
            List<FieldContribution> items = new ArrayList<>();
            for (int i = 0; i < batch; i++) {
                int n = k * batch + i;
                Object value = switch (n % 4) {
                    case 0 -> "value " + n;
                    case 1 -> (double) (n % 10);
                    case 2 -> n % 3 == 0 ? null : n / 7.0;
                    default -> n % 2 == 0;
                };
                items.add(new FieldContribution("t3-field" + n, value, (n % 101) / 16.0 - 3)); // every item distinct
            }
            all.add(items);
        }
        for (List<FieldContribution> items : all) {
            assertSameAsMapperWrittenAgain(withContributions(items));
        }
        int keptOfFirst = 0;
        for (FieldContribution c : all.get(0)) {
            if (kept(c) != null) {
                keptOfFirst++;
            }
        }
        assertTrue(keptOfFirst < batch / 2, "most of the first items replaced: " + keptOfFirst);
        for (List<FieldContribution> items : all) {
            assertSameAsMapperWrittenAgain(withContributions(items));
        }
        // The last items are kept, but for the few that share a slot with another of their answer.
        int keptOfLast = 0;
        for (FieldContribution c : all.get(batches - 1)) {
            if (kept(c) != null) {
                assertKeptAsMapper(c);
                keptOfLast++;
            }
        }
        assertTrue(keptOfLast > batch * 9 / 10, "kept of the last items: " + keptOfLast);
    }

    @Test
    void nonFiniteNumbersAndOtherValueTypesAreNotKeptAndAreWrittenAsTheMapperWritesThem() throws IOException {
        List<FieldContribution> contributions = new ArrayList<>();
        for (double c : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            contributions.add(new FieldContribution("t4-nonfinite", "v", c));
            contributions.add(new FieldContribution("t4-nonfinite", null, c));
            contributions.add(new FieldContribution("t4-nonfinite", 28.0, c));
        }
        for (Object value : Arrays.asList(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 28L, 28,
                28.0f, (short) 28, new BigDecimal("28.0"), new BigDecimal("12345678901234567890.5"),
                BigInteger.valueOf(28), List.of(1, 2), 'c')) {
            contributions.add(new FieldContribution("t4-other", value, 0.75));
        }
        List<Reason> reasons = contributions.stream()
                .map(c -> new Reason(c.field(), c.value(), c.contribution(), "sentence " + c.value())).toList();
        // A kept item of the same field, value's number and contribution must not stand in for the others.
        FieldContribution keptDouble = new FieldContribution("t4-other", 28.0, 0.75);
        ScoreResponse response = new ScoreResponse("L-4", 1, 0.5, 50, reasons, -1.0, 0.25,
                concat(List.of(keptDouble), contributions), List.of());
        assertSameAsMapperWrittenAgain(response);
        assertKeptAsMapper(keptDouble);
        for (FieldContribution c : contributions) {
            assertNull(kept(c), "not kept: " + c);
        }
        for (Reason r : reasons) {
            assertNull(kept(r), "not kept: " + r);
        }
        String written = new String(ScoreAnswerWriter.toBytes(response), StandardCharsets.UTF_8);
        assertTrue(written.contains("{\"field\":\"t4-other\",\"value\":28,\"contribution\":0.75}"), written);
    }
}
