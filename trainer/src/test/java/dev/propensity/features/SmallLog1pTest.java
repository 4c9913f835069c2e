package dev.propensity.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The looked-up log1p is Math.log1p to the last bit, in the table and around it. */
class SmallLog1pTest {
    private static void assertSameBits(double x) {
        assertEquals(Double.doubleToRawLongBits(Math.log1p(x)), Double.doubleToRawLongBits(SmallLog1p.of(x)),
                "log1p(" + x + ")");
    }

    @Test
    void everyWholeNumberInTheTableIsMathLog1p() {
        for (int k = 0; k < SmallLog1p.SIZE; k++) {
            assertSameBits(k);
        }
    }

    @Test
    void valuesOutsideTheTableAreComputed() {
        for (double x : new double[] {SmallLog1p.SIZE, SmallLog1p.SIZE + 0.5, 1e6, 4.234363e9, 1e300, 0.5, 2.25,
                1023.999, -0.0, -0.5, -1, -2, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, 3e9, -3e9}) {
            assertSameBits(x);
        }
    }
}
