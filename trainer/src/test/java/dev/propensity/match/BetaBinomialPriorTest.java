package dev.propensity.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BetaBinomialPriorTest {
    @Test
    void methodOfMomentsOnTwoRepsMatchesTheHandComputedPrior() {
        // r = 0.2 and 0.8 on 10 deals each: m = 0.5, s² = 0.09, binomial part 2·0.25/20 = 0.025, τ² = 0.065,
        // κ = 0.25/0.065 - 1 = 2.84615, α₀ = β₀ = 1.42308; smoothed rep 1 = (2 + 1.42308)/(10 + 2.84615) = 0.26647.
        BetaBinomialPrior prior = BetaBinomialPrior.fit(new double[] {2, 8}, new double[] {10, 10});
        assertEquals(2.846154, prior.strength(), 1e-6);
        assertEquals(1.423077, prior.alpha(), 1e-6);
        assertEquals(0.266467, prior.smoothed(2, 10), 1e-6);
    }

    @Test
    void twoWinsOfTwoDoNotBeatSixtyOfAHundred() {
        BetaBinomialPrior prior = BetaBinomialPrior.fit(new double[] {2, 60, 20, 25}, new double[] {2, 100, 100, 100});
        assertTrue(prior.smoothed(2, 2) < prior.smoothed(60, 100),
                prior.smoothed(2, 2) + " vs " + prior.smoothed(60, 100));
    }

    @Test
    void groupsThatDifferOnlyByChanceAllGetTheCommonRate() {
        // 5/20 and 5/20: no spread at all, so τ² < 0 and every group is shrunk to m = 0.25.
        BetaBinomialPrior prior = BetaBinomialPrior.fit(new double[] {5, 5}, new double[] {20, 20});
        assertEquals(BetaBinomialPrior.MAX_STRENGTH, prior.strength(), 1e-6);
        assertEquals(0.25, prior.smoothed(20, 20), 1e-4);
    }

    @Test
    void theAdjustedFigureDiscountsARepGivenTheBestLeads() {
        MatchTables tables = new MatchTables(1);
        // rep_a: 50 of 100 won, but its leads were predicted to win 50 (no skill); rep_b: 30 of 100 against 20.
        for (int i = 0; i < 100; i++) {
            tables.add(0, "rep_a", null, i < 50, 0.5, Double.NaN);
            tables.add(0, "rep_b", null, i < 30, 0.2, Double.NaN);
        }
        assertEquals("rep_b", tables.reps(0).get(0).name());
        // persona rate 0.4: adjusted wins of rep_b = 100·0.4 + 30 - 20 = 50, of rep_a = 40 + 50 - 50 = 40.
        assertEquals(50, MatchTables.adjustedWins(new DealCell("rep_b", 100, 30, 20, 0), 0.4), 1e-9);
        assertTrue(tables.reps(0).get(0).rawRate() < tables.reps(0).get(1).rawRate());
    }
}
