package dev.propensity.server.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.propensity.server.feedback.Outcome;
import dev.propensity.server.feedback.OutcomeRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageMapTest {
    private static final StageMap SALESFORCE = StageMap.parse("Closed Won=won, Closed Lost=lost,closedwon=won", "PROPENSITY_STAGE_MAP");

    private static OutcomeRequest posted(String outcome) {
        return new OutcomeRequest("L1", outcome, null, LocalDate.of(2026, 3, 31), "k-" + outcome);
    }

    @Test
    void stagesMatchIgnoringCaseAndSurroundingSpaces() {
        assertEquals(Optional.of(Outcome.WON), SALESFORCE.outcomeOf("Closed Won"));
        assertEquals(Optional.of(Outcome.WON), SALESFORCE.outcomeOf("  closed won "));
        assertEquals(Optional.of(Outcome.LOST), SALESFORCE.outcomeOf("CLOSED LOST"));
        assertEquals(Optional.of(Outcome.WON), SALESFORCE.outcomeOf("closedwon"));
        assertEquals(Optional.empty(), SALESFORCE.outcomeOf("Negotiation"));
    }

    @Test
    void postedStagesBecomeWonOrLostAndWonAndLostStayAsTheyAre() {
        List<OutcomeRequest> out = SALESFORCE.translate(List.of(posted("Closed Won"), posted("lost"), posted("closed lost")));
        assertEquals(List.of("won", "lost", "lost"), out.stream().map(OutcomeRequest::outcome).toList());
        assertEquals("k-Closed Won", out.get(0).idempotencyKey(), "everything else is kept");
    }

    @Test
    void anUnknownStageNamesTheValueAndTheConfiguredStages() {
        UnknownStageException e = assertThrows(UnknownStageException.class,
                () -> SALESFORCE.translate(List.of(posted("won"), posted("Negotiation"))));
        assertEquals("outcomes[1].outcome", e.field());
        assertEquals("outcomes[1].outcome: unknown stage 'Negotiation'; configured stages: 'Closed Won' (won),"
                + " 'Closed Lost' (lost), 'closedwon' (won), besides won and lost", e.getMessage());
    }

    @Test
    void withoutStagesTheRequestsAreLeftForTheValidator() {
        List<OutcomeRequest> posted = List.of(posted("Negotiation"));
        assertSame(posted, StageMap.NONE.translate(posted));
    }

    @Test
    void aBadEntryIsAnErrorNamingIt() {
        assertEquals("PROPENSITY_STAGE_MAP: expected 'stage=won' or 'stage=lost', got 'Closed Won'",
                assertThrows(CrmMappingException.class, () -> StageMap.parse("Closed Won", "PROPENSITY_STAGE_MAP")).getMessage());
        assertEquals("PROPENSITY_STAGE_MAP: stage 'Closed Won' maps to 'maybe'; expected won or lost",
                assertThrows(CrmMappingException.class, () -> StageMap.parse("Closed Won=maybe", "PROPENSITY_STAGE_MAP")).getMessage());
        assertEquals("PROPENSITY_STAGE_MAP: stage 'closed won' is given twice",
                assertThrows(CrmMappingException.class,
                        () -> StageMap.parse("Closed Won=won,closed won=lost", "PROPENSITY_STAGE_MAP")).getMessage());
    }
}
