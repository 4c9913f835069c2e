package dev.propensity.server.retrain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.evaluate.Metrics;
import dev.propensity.train.GuardVerdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The promotion rule on hand-made figures: guards first, then both margins. */
class RetrainDecisionTest {
    private static final GuardVerdict PASSES = new GuardVerdict(true, List.of(), List.of());
    private static final RetrainPolicy POLICY = RetrainPolicy.DEFAULT;

    @Test
    void aChallengerSlightlyWorseWithinBothMarginsIsPromoted() {
        Decision d = Decision.of(PASSES, metrics(0.800, 0.500), metrics(0.796, 0.504), POLICY);
        assertTrue(d.promote(), d.reason());
        assertEquals("promoted on 400 recent outcomes: ROC AUC 0.7960 vs champion 0.8000, log loss 0.5040 vs champion 0.5000",
                d.reason());
    }

    @Test
    void aChallengerWhoseAucDropsBeyondTheMarginIsRefused() {
        Decision d = Decision.of(PASSES, metrics(0.800, 0.500), metrics(0.790, 0.480), POLICY);
        assertFalse(d.promote());
        assertEquals("not promoted on 400 recent outcomes: ROC AUC 0.7900 vs champion 0.8000 is worse by 0.0100"
                + " (margin 0.0050)", d.reason());
    }

    @Test
    void aChallengerWhoseLogLossRisesBeyondTheMarginIsRefusedEvenWithABetterAuc() {
        Decision d = Decision.of(PASSES, metrics(0.800, 0.500), metrics(0.820, 0.520), POLICY);
        assertFalse(d.promote());
        assertTrue(d.reason().endsWith("log loss 0.5200 vs champion 0.5000 is worse by 0.0200 (margin 0.0050)"),
                d.reason());
    }

    @Test
    void aBetterChallengerThatFailsItsGuardsIsRefusedWithTheGuardsProblems() {
        GuardVerdict fails = new GuardVerdict(false, List.of("only 3 wins; at least 50 are needed to promote"), List.of());
        Decision d = Decision.of(fails, metrics(0.700, 0.600), metrics(0.800, 0.500), POLICY);
        assertFalse(d.promote());
        assertTrue(d.reason().contains("guards: only 3 wins; at least 50 are needed to promote"), d.reason());
    }

    @Test
    void aNegativeMarginDemandsAnImprovement() {
        Decision d = Decision.of(PASSES, metrics(0.800, 0.500), metrics(0.805, 0.499), POLICY.withMargins(-0.01, 0));
        assertFalse(d.promote());
        assertTrue(d.reason().contains("ROC AUC 0.8050 vs champion 0.8000 is worse by -0.0050 (margin -0.0100)"),
                d.reason());
    }

    @Test
    void anUndefinedAucIsNeverGoodEnough() {
        Decision d = Decision.of(PASSES, metrics(0.800, 0.500), metrics(Double.NaN, 0.400), POLICY);
        assertFalse(d.promote(), d.reason());
    }

    @Test
    void theHoldoutIsTheLargerOfTheShareAndTheMinimumAndNeverMoreThanThereIs() {
        assertEquals(50, POLICY.holdoutSize(100));
        assertEquals(200, POLICY.holdoutSize(1000));
        assertEquals(40, POLICY.withSizes(0.2, 50, 60).holdoutSize(40));
    }

    private static Metrics metrics(double auc, double logLoss) {
        return new Metrics(400, 120, 0.3, auc, 0.5, logLoss, 0.2, 0.02, 0.3);
    }
}
