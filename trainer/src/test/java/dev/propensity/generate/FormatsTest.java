package dev.propensity.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void padsLikeStringFormat() {
        assertEquals("L0000001", Formats.padded("L", 1, 7));
        assertEquals("A12345", Formats.padded("A", 12345, 5));
        assertEquals("A123456", Formats.padded("A", 123456, 5));
        assertEquals("rep_07", Formats.padded("rep_", 7, 2));
    }

    @Test
    void sixDecimalsRoundToTheNearestMillionth() {
        assertEquals("0.250000", Formats.sixDecimals(0.25));
        assertEquals("0.000001", Formats.sixDecimals(0.000001));
        assertEquals("0.999999", Formats.sixDecimals(0.9999994));
        assertEquals("1.000000", Formats.sixDecimals(0.9999996));
        assertEquals("0.000000", Formats.sixDecimals(1e-7));
        for (int i = 0; i <= 1000; i++) {
            double p = i / 1000.0 + 0.0000003;
            String text = Formats.sixDecimals(p);
            assertEquals(8, text.length(), text);
            assertEquals(p, Double.parseDouble(text), 5e-7, text);
            assertEquals(String.format(Locale.ROOT, "%.6f", p), text);
        }
    }
}
