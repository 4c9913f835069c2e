package dev.propensity.server.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.match.MatchFigure;
import dev.propensity.persona.EncodedField;
import dev.propensity.persona.MixedEncoding;
import dev.propensity.persona.PersonaBook;
import dev.propensity.persona.PersonaName;
import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.FeatureKind;
import dev.propensity.server.api.RepRecommendation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A lead's reps and products from a hand-made persona book, with hand-computed rates. */
class PersonaAdvisorTest {
    // One field, employees standardised with mean 100 and sd 50; persona P1 sits at -1 (50 employees), P2 at +1.
    private static final MixedEncoding ENCODING = new MixedEncoding(List.of(
            new EncodedField("employees", FeatureKind.NUMERIC, false, false, 100, 50, List.of(), 0)), 0.5, CsvFormat.DEFAULT);

    private static MatchFigure figure(String name, double adjustedRate, boolean thin) {
        return new MatchFigure(name, 40, 10, 8, 0.25, adjustedRate, adjustedRate, 1000, 1000 * adjustedRate, thin);
    }

    /** P1's reps are all thin; P2's are both qualified. */
    private static PersonaAdvisor advisor(double explorationShare) {
        PersonaBook book = new PersonaBook(Optional.empty(), ENCODING, new double[][] {{-1}, {1}},
                List.of(new PersonaName("P1", "Small", "", Optional.empty()), new PersonaName("P2", "Large", "", Optional.empty())),
                new double[] {0.2, 0.5},
                List.of(List.of(figure("Ada", 0.2, true), figure("Bo", 0.1, true)),
                        List.of(figure("Cy", 0.75, false), figure("Di", 0.5, false))),
                List.of(List.of(figure("CRM", 0.3, false)), List.of(figure("Cloud", 0.6, false))),
                0.5, explorationShare);
        return new PersonaAdvisor(book, 1);
    }

    @Test
    void aRepsRateIsTheLeadsOddsMovedByTheRepsLiftOverThePersona() {
        PersonaAdvisor.Advice advice = advisor(0).advise(Map.of("employees", 150)::get, "L1", 0.5);
        assertEquals("P2", advice.persona().id());
        List<RepRecommendation> reps = advice.recommendations().reps();
        // Cy: lift = logit(0.75) - logit(0.5) = ln 3; at p = 0.5 the rate is 1 / (1 + e^-ln3) = 0.75.
        assertEquals("Cy", reps.get(0).rep());
        assertEquals(0.75, reps.get(0).expectedWinRate(), 1e-12);
        // Di: no lift over the persona, so the lead's own 0.5.
        assertEquals("Di", reps.get(1).rep());
        assertEquals(0.5, reps.get(1).expectedWinRate(), 1e-12);
        assertEquals("Cloud", advice.recommendations().products().get(0).product());
        assertFalse(advice.recommendations().exploration());
    }

    @Test
    void anExploredLeadGetsItsPersonasQualifiedRepsInADrawnOrderTheSameEachTime() {
        PersonaAdvisor advisor = advisor(1.0);
        Set<List<String>> orders = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            PersonaAdvisor.Advice advice = advisor.advise(Map.of("employees", 150)::get, "L" + i, 0.5);
            assertTrue(advice.recommendations().exploration());
            List<String> names = advice.recommendations().reps().stream().map(RepRecommendation::rep).toList();
            assertEquals(Set.of("Cy", "Di"), Set.copyOf(names));
            assertEquals(names, advisor.advise(Map.of("employees", 150)::get, "L" + i, 0.5).recommendations().reps()
                    .stream().map(RepRecommendation::rep).toList(), "the same lead draws the same order");
            orders.add(names);
        }
        assertEquals(2, orders.size(), "both orders are drawn among 40 leads");
    }

    @Test
    void aLeadOfAPersonaWithoutQualifiedRepsIsNotExploredButGetsItsUsualReps() {
        PersonaAdvisor.Advice advice = advisor(1.0).advise(Map.of("employees", 50)::get, "L1", 0.2);
        assertEquals("P1", advice.persona().id());
        assertFalse(advice.recommendations().exploration());
        assertEquals(List.of("Ada", "Bo"), advice.recommendations().reps().stream().map(RepRecommendation::rep).toList());
        assertTrue(advice.recommendations().reps().get(0).thinEvidence());
        // Ada: lift = logit(0.2) - logit(0.2) = 0, so the lead's own 0.2.
        assertEquals(0.2, advice.recommendations().reps().get(0).expectedWinRate(), 1e-12);
    }
}
