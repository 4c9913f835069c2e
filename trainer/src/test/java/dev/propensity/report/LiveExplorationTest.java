package dev.propensity.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live report's explored leads: counts, smoothed win rates on hand-computed cases, and when it can tell. */
class LiveExplorationTest {
    @Test
    void smoothsEachRepsExploredWinRateTowardsTheExploredLeadsOverallRate() {
        // Rep A: won, won, lost, and one still open; rep B: won. Overall 3 wins of 4 outcomes, m = 0.75.
        LiveExploration e = LiveExploration.of(List.of(new LiveExploration.Lead("A", true),
                new LiveExploration.Lead("A", true), new LiveExploration.Lead("A", false),
                new LiveExploration.Lead("A", null), new LiveExploration.Lead("B", true)));
        assertEquals(5, e.explored());
        assertEquals(4, e.outcomes());
        assertEquals(3, e.wins());
        assertEquals(0.75, e.winRate(), 1e-12);
        LiveExploration.Rep a = e.reps().get(0);
        assertEquals("A", a.rep());
        assertEquals(4, a.leads());
        assertEquals(3, a.outcomes());
        // (2 + 2 * 0.75) / (3 + 2) = 0.7; B: (1 + 1.5) / (1 + 2) = 0.8333
        assertEquals(0.7, a.smoothedWinRate(), 1e-12);
        assertEquals(2.5 / 3, e.reps().get(1).smoothedWinRate(), 1e-12);
        assertTrue(a.thin());
        assertFalse(e.enoughToTell());
        assertTrue(e.sentence().startsWith("Too little to tell yet: 5 explored leads, 4 outcomes back; 2 of 2 reps"),
                e.sentence());
    }

    @Test
    void canTellOnceEveryRepHasThirtyOutcomesAndFiveWins() {
        List<LiveExploration.Lead> leads = new ArrayList<>();
        for (String rep : List.of("A", "B")) {
            for (int i = 0; i < 30; i++) {
                leads.add(new LiveExploration.Lead(rep, i < (rep.equals("A") ? 5 : 12)));
            }
        }
        LiveExploration e = LiveExploration.of(leads);
        assertTrue(e.enoughToTell(), e.sentence());
        assertFalse(e.reps().get(0).thin());
        assertTrue(e.sentence().contains("can be compared"), e.sentence());
        // m = 17 / 60; A: (5 + 2m) / 32
        assertEquals((5 + 2 * 17 / 60.0) / 32, e.reps().stream().filter(r -> r.rep().equals("A")).findFirst()
                .orElseThrow().smoothedWinRate(), 1e-12);
    }

    @Test
    void saysSoWhenNoLeadWasExploredYet() {
        LiveExploration e = LiveExploration.of(List.of());
        assertEquals(0, e.explored());
        assertTrue(Double.isNaN(e.winRate()));
        assertFalse(e.enoughToTell());
        assertTrue(e.sentence().startsWith("No lead has been explored yet"), e.sentence());
    }
}
