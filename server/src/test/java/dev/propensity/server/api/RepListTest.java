package dev.propensity.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A lead's reps are the persona's fixed figures in the order asked for, each with the lead's own rate. */
class RepListTest {
    private final RepList.Fixed fixed = new RepList.Fixed(List.of(
            new RepRecommendation("Ada", 0.9, 12, false, "won 5 of 12"),
            new RepRecommendation("Bo", 0.9, 2, true, "won 1 of 2; thin evidence")));

    @Test
    void itemsAreTheFixedFiguresInTheGivenOrderWithTheLeadsRates() {
        RepList reps = fixed.rated(new int[] {1, 0}, new double[] {0.25, 0.5});
        assertEquals(List.of(new RepRecommendation("Bo", 0.25, 2, true, "won 1 of 2; thin evidence"),
                new RepRecommendation("Ada", 0.5, 12, false, "won 5 of 12")), reps);
        assertEquals(2, fixed.size());
    }

    @Test
    void theArraysGivenAreCopiedSoChangingThemLaterChangesNothing() {
        int[] order = {0};
        double[] rates = {0.3};
        RepList reps = fixed.rated(order, rates);
        order[0] = 1;
        rates[0] = 0.9;
        assertEquals(new RepRecommendation("Ada", 0.3, 12, false, "won 5 of 12"), reps.get(0));
    }

    @Test
    void aRateForEveryRepAndOnlyRepsThePersonaHas() {
        IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
                () -> fixed.rated(new int[] {0, 1}, new double[] {0.1}));
        assertEquals("2 reps but 1 rates", lengths.getMessage());
        IndexOutOfBoundsException index = assertThrows(IndexOutOfBoundsException.class,
                () -> fixed.rated(new int[] {2}, new double[] {0.1}));
        assertEquals("no rep 2 of 2", index.getMessage());
    }

    @Test
    void aPreWrittenListIsAnOrdinaryListToEveryoneElse() {
        List<String> items = List.of("a", "b");
        PreWrittenList<String> list = PreWrittenList.of(items);
        assertEquals(items, list);
        assertEquals("[\"a\",\"b\"]", list.json().getValue());
        assertThrows(UnsupportedOperationException.class, () -> list.add("c"));
    }
}
