package dev.propensity.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Intent values are matched case- and spacing-blind, the same whether a value needed folding or not. */
class IntentFoldTest {
    @Test
    void aValueAlreadyInItsFoldedFormIsKeptAsItIs() {
        String web = "web form";
        assertSame(web, IntentTable.fold(web));
        assertEquals("<3 months", IntentTable.fold("<3 months"));
        assertEquals("12", IntentTable.fold(12.0));
        assertEquals("12.5", IntentTable.fold(12.5));
    }

    @Test
    void otherValuesAreLowerCasedStrippedAndSingleSpaced() {
        assertEquals("web form", IntentTable.fold("Web Form"));
        assertEquals("web form", IntentTable.fold("  web   form "));
        assertEquals("web form", IntentTable.fold("web\tform"));
        assertEquals("web form", IntentTable.fold("web\u2003form"));
        assertEquals("istanbul", IntentTable.fold("\u0130stanbul"));
        assertEquals("straße", IntentTable.fold("STRAßE"));
        assertEquals("web\u00a0form", IntentTable.fold("web\u00a0form"));
    }

    @Test
    void nothingOrOnlySpaceIsMissing() {
        assertEquals(IntentTable.MISSING, IntentTable.fold(null));
        assertEquals(IntentTable.MISSING, IntentTable.fold(""));
        assertEquals(IntentTable.MISSING, IntentTable.fold("   "));
    }
}
