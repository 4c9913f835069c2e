package dev.propensity.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.data.Column;
import org.junit.jupiter.api.Test;

/** The most common value's share, which the constant and near-constant checks read, on hand-counted columns. */
class TopShareTest {
    @Test
    void aValueHeldByMostRowsGetsItsExactShareMissingCountingAsAValue() {
        assertEquals(0.6, DataChecks.topShare(new Column.Text(new String[] {"a", "a", "b", null, "a"})), 1e-12);
        assertEquals(0.75, DataChecks.topShare(new Column.Numbers(new double[] {1, Double.NaN, Double.NaN, Double.NaN})),
                1e-12);
        assertEquals(1.0, DataChecks.topShare(new Column.Numbers(new double[] {2, 2, 2})), 1e-12);
        // 0.0 and -0.0 are different values, as Double.equals has them.
        assertEquals(2 / 3.0, DataChecks.topShare(new Column.Numbers(new double[] {0.0, -0.0, 0.0})), 1e-12);
    }

    @Test
    void withoutAMajorityTheShareStaysAtMostOneHalf() {
        assertTrue(DataChecks.topShare(new Column.Text(new String[] {"a", "b", "c", "a", "b", "c"})) <= 0.5);
        assertEquals(1.0, DataChecks.topShare(new Column.Text(new String[0])), 0.0);
    }
}
