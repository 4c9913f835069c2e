package dev.propensity.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The strongest reasons are the largest contributions by magnitude, ties in the pipeline's order. */
class ExplanationTest {
    private static List<String> fields(List<Contribution> contributions) {
        return contributions.stream().map(Contribution::field).toList();
    }

    @Test
    void theStrongestAreTheLargestByMagnitudeWhateverTheirSign() {
        List<Contribution> all = List.of(new Contribution("a", 1, 0.1), new Contribution("b", 2, -0.9),
                new Contribution("c", 3, 0.5), new Contribution("d", null, -0.05), new Contribution("e", "x", 0.7));
        assertEquals(List.of("b", "e", "c"), fields(Explanation.strongest(all, 3)));
    }

    @Test
    void tiesKeepThePipelinesOrder() {
        List<Contribution> all = List.of(new Contribution("a", 1, 0.2), new Contribution("b", 2, -0.5),
                new Contribution("c", 3, 0.5), new Contribution("d", 4, -0.2), new Contribution("e", 5, 0.5));
        assertEquals(List.of("b", "c", "e", "a"), fields(Explanation.strongest(all, 4)));
    }

    @Test
    void askingForMoreThanThereAreGivesThemAllSorted() {
        List<Contribution> all = List.of(new Contribution("a", 1, 0.1), new Contribution("b", 2, 0.3));
        assertEquals(List.of("b", "a"), fields(Explanation.strongest(all, 5)));
        assertEquals(List.of(), Explanation.strongest(all, 0));
        assertEquals(List.of(), Explanation.strongest(List.of(), 5));
    }
}
