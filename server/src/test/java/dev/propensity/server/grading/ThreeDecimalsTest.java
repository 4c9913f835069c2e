package dev.propensity.server.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The grade's threshold reason prints its numbers exactly as Double.toString of the rounded value did. */
class ThreeDecimalsTest {
    private static String before(double x) {
        return Double.toString(Math.round(x * 1000) / 1000.0);
    }

    @Test
    void handPickedNumbersReadAsBefore() {
        assertEquals("0.512", ThreeDecimals.format(0.51179));
        assertEquals("0.5", ThreeDecimals.format(0.5));
        assertEquals("0.25", ThreeDecimals.format(0.2504));
        assertEquals("0.0", ThreeDecimals.format(0.0004));
        assertEquals("1.0", ThreeDecimals.format(0.9996));
        assertEquals("0.001", ThreeDecimals.format(0.001));
        assertEquals("-0.03", ThreeDecimals.format(-0.03));
        assertEquals("12.07", ThreeDecimals.format(12.0704));
    }

    @Test
    void everyThousandthAndRandomNumbersReadAsDoubleToStringReadsThem() {
        for (int k = -20_000; k <= 20_000; k++) {
            double x = k / 1000.0;
            assertEquals(before(x), ThreeDecimals.format(x), "k = " + k);
        }
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double x = random.nextDouble() * (random.nextBoolean() ? 1 : 1e6) * (random.nextBoolean() ? 1 : -1);
            assertEquals(before(x), ThreeDecimals.format(x), "x = " + x);
        }
        for (double x : new double[] {1e9, 2.5e7, 9_999_999.9995, Double.NaN, Double.POSITIVE_INFINITY, -0.0}) {
            assertEquals(before(x), ThreeDecimals.format(x), "x = " + x);
        }
    }
}
