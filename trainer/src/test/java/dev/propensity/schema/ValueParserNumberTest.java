package dev.propensity.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whole numbers take a shortcut past {@code Double.parseDouble}, and most present values one past the missing tokens' set:
 * the answers must be the ones the long way gives.
 */
class ValueParserNumberTest {
    private final ValueParser parser = new ValueParser(CsvFormat.DEFAULT);

    private static void assertSameDouble(double expected, double actual, String text) {
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual), text);
    }

    @Test
    void everyNumberIsTheOneDoubleParseDoubleGives() {
        List<String> texts = List.of("0", "7", "42", "0099", "-12", "-0", "-00", "999999999999999", "-999999999999999",
                "1000000000000000", "9007199254740993", "12345678901234567890", "12.5", "1e3", "+3", "0.0", "-0.0",
                "3.", ".5", "10090000", " 42 ", "42\t");
        for (String text : texts) {
            assertSameDouble(Double.parseDouble(text.strip()), parser.number(text), text);
        }
        Random random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            long n = random.nextLong() % (random.nextBoolean() ? 1_000 : 10_000_000_000_000_000L);
            String text = Long.toString(n);
            assertSameDouble(Double.parseDouble(text), parser.number(text), text);
        }
    }

    @Test
    void theShortcutTakesPlainWholeNumbersOnly() {
        assertSameDouble(-12, ValueParser.wholeNumber("-12"), "-12");
        for (String other : List.of("", "-", "-0", "+3", "1e3", "12.5", "1,000", "٣", "1234567890123456")) {
            assertTrue(Double.isNaN(ValueParser.wholeNumber(other)), other);
        }
    }

    @Test
    void missingTokensAreFoundWhateverTheirCaseAndSpacesAndOnlyThey() {
        ValueParser custom = new ValueParser(new CsvFormat(',', '"', List.of("", "N/A", "Select", "-1", "été")));
        for (String missing : List.of("", "  ", "n/a", " N/A ", "select", "SELECT\t", "-1", " -1", "ÉTÉ", "été")) {
            assertTrue(custom.isMissing(missing), "'" + missing + "'");
        }
        for (String present : List.of("14", "-12", "1", "true", "na", "Selected", "s", "é", "K", "0")) {
            assertTrue(!custom.isMissing(present), "'" + present + "'");
        }
        for (String missing : List.of("NA", "na", " null", "NULL", "N/A", "")) {
            assertTrue(parser.isMissing(missing), "'" + missing + "'");
        }
        for (String present : List.of("14", "-1", "n", "nan", "true", "None")) {
            assertTrue(!parser.isMissing(present), "'" + present + "'");
        }
    }

    @Test
    void whatIsNotANumberIsStillRefused() {
        assertThrows(NumberFormatException.class, () -> parser.number("12a"));
        assertThrows(NumberFormatException.class, () -> parser.number("-"));
        assertTrue(Double.isNaN(parser.number("")));
    }
}
