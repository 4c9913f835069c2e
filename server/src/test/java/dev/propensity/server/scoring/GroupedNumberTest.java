package dev.propensity.server.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GroupedNumberTest {
    private static final DecimalFormat REFERENCE = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));

    @Test
    void wholeNumbersAreGroupedByThousands() {
        assertEquals("0", GroupedNumber.format(0));
        assertEquals("999", GroupedNumber.format(999));
        assertEquals("1,000", GroupedNumber.format(1000));
        assertEquals("-12,345,678", GroupedNumber.format(-12_345_678));
        assertEquals("123,456", GroupedNumber.format(123_456));
    }

    @Test
    void everyNumberReadsAsDecimalFormatWritesIt() {
        double[] edges = {-0.0, 0.005, 0.015, 1.005, 2.5, -2.5, 999.999, 1e15, 1e15 - 1, -1e15 + 1, 9.99e20, 1e-9,
                Long.MAX_VALUE, 4.35, 0.125};
        for (double n : edges) {
            assertEquals(REFERENCE.format(n), GroupedNumber.format(n), "for " + n);
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double n = switch (i % 3) {
                case 0 -> random.nextLong(-10_000_000_000L, 10_000_000_000L);
                case 1 -> Math.round(random.nextDouble(-1e6, 1e6) * 100) / 100.0;
                default -> random.nextDouble(-1e7, 1e7);
            };
            assertEquals(REFERENCE.format(n), GroupedNumber.format(n), "for " + n);
        }
    }
}
