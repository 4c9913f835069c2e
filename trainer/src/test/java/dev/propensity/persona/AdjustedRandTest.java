package dev.propensity.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AdjustedRandTest {
    @Test
    void identicalPartitionsUnderOtherNamesScoreOne() {
        assertEquals(1.0, AdjustedRand.index(new int[] {0, 0, 1, 1, 2, 2}, new int[] {5, 5, 3, 3, 9, 9}), 1e-12);
    }

    @Test
    void aHandComputedCase() {
        // a = {0,0,0,1,1,1}, b = {0,0,1,1,2,2}: cells (0,0)=2,(0,1)=1,(1,1)=1,(1,2)=2 → Σ C = 1+0+0+1 = 2;
        // rows 3,3 → 6; columns 2,2,2 → 3; C(6,2) = 15; E = 6·3/15 = 1.2; max = 4.5; ARI = 0.8/3.3 = 0.242424.
        assertEquals(0.8 / 3.3, AdjustedRand.index(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1, 2, 2}), 1e-12);
    }

    @Test
    void silhouetteOfTwoTightPairs() {
        // Points 0, 1 and 10, 11: for 0, a = 1, b = (10 + 11)/2 = 10.5, s = 9.5/10.5; symmetric for all four.
        double[][] points = {{0}, {1}, {10}, {11}};
        double expected = (9.5 / 10.5 + 8.5 / 9.5 + 8.5 / 9.5 + 9.5 / 10.5) / 4;
        assertEquals(expected, Silhouette.mean(points, new int[] {0, 0, 1, 1}, 2), 1e-12);
    }
}
