package dev.propensity.server.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Rules compare numbers as numbers and words as words, whichever way a value arrives. */
class ConditionNumberTest {
    @Test
    void textsThatParseAsNumbersAreNumbers() {
        assertEquals(15.0, Condition.number("15"));
        assertEquals(-0.5, Condition.number(" -.5 "));
        assertEquals(1000.0, Condition.number("+1e3"));
        assertEquals(Double.POSITIVE_INFINITY, Condition.number("Infinity"));
        assertTrue(Double.isNaN(Condition.number("NaN")));
        assertEquals(3.0, Condition.number(3));
    }

    @Test
    void wordsAndOtherValuesAreNotNumbers() {
        for (Object value : new Object[] {"true", "B", "student", "", "-", "+x", "1 2", "15 employees", true}) {
            assertTrue(Double.isNaN(Condition.number(value)), String.valueOf(value));
        }
    }

    @Test
    void theQuickCheckRefusesOnlyWhatParsingRefuses() {
        for (String text : new String[] {"true", "B", "C", "student", "x1", "-y", "", "+", "e5"}) {
            assertFalse(Condition.couldBeNumber(text), text);
            assertThrowsOnParse(text);
        }
        for (String text : new String[] {"1", "-2", "+.5", ".5", "NaN", "Infinity", "-Infinity", "0x1p3", "1d", "Nope"}) {
            assertTrue(Condition.couldBeNumber(text), text);
        }
    }

    private static void assertThrowsOnParse(String text) {
        try {
            Double.parseDouble(text);
        } catch (NumberFormatException expected) {
            return;
        }
        throw new AssertionError(text + " parsed");
    }
}
