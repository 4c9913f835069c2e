package dev.propensity.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimelineTest {
    @Test
    void handsOutExactlyTheLeadsAskedForInOrderWithinTheTwoYears() {
        Timeline timeline = new Timeline(10_000);
        LocalDate previous = Timeline.START;
        int weekend = 0;
        int firstHalf = 0;
        for (int i = 0; i < 10_000; i++) {
            LocalDate date = timeline.next();
            assertTrue(!date.isBefore(previous) && !date.isAfter(Timeline.END), date.toString());
            previous = date;
            weekend += date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : 0;
            firstHalf += Timeline.position(date) < 0.5 ? 1 : 0;
        }
        assertEquals(Timeline.END, previous);
        assertTrue(weekend < 1500, "weekend leads: " + weekend);
        assertTrue(firstHalf < 4700, "volume should grow; first-year leads: " + firstHalf);
        assertThrows(IllegalStateException.class, timeline::next);
    }

    @Test
    void positionRunsFromZeroToOne() {
        assertEquals(0.0, Timeline.position(Timeline.START));
        assertEquals(1.0, Timeline.position(Timeline.END));
    }
}
