package dev.propensity.notebook.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TableTest {
    @Test
    void rowsAreAddedWithoutChangingTheTableTheyCameFrom() {
        Table empty = Table.of("field", "rows");
        Table one = empty.row("industry", 12);
        assertEquals(0, empty.rows().size());
        assertEquals("12", one.cell(0, "rows"));
    }

    @Test
    void doublesHaveThreeDecimalsAndNotANumberReadsAsNotAvailable() {
        Table table = Table.of("a", "b").row(0.12345, Double.NaN);
        assertEquals("0.123", table.cell(0, "a"));
        assertEquals("n/a", table.cell(0, "b"));
    }

    @Test
    void textAlignsColumnsOnTheirWidestCell() {
        String text = Table.of("field", "n").row("lead_source", 3).row("x", 10).text();
        assertEquals("field        n\nlead_source  3\nx            10", text);
    }

    @Test
    void aRowOfTheWrongLengthIsRefusedNamingTheColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Table.of("a", "b").row(1));
        assertTrue(e.getMessage().contains("[a, b]"), e.getMessage());
    }
}
