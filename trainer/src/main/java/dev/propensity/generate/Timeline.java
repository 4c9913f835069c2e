package dev.propensity.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Creation dates for the leads, in order, over the two years that end on the export date: lead volume grows
 * over time and drops at weekends. The split of leads over days is fixed by rounding cumulative shares, so
 * it uses no randomness and the exact number of leads asked for always comes out.
 */
final class Timeline {
    /** The first day leads are created on. */
    static final LocalDate START = LocalDate.of(2024, 7, 1);
    /** The export date: the last day of data. */
    static final LocalDate END = LocalDate.of(2026, 6, 30);
    private static final int DAYS = (int) ChronoUnit.DAYS.between(START, END) + 1;

    private final long leads;
    private final double[] cumulativeShare = new double[DAYS];
    private int day = -1;
    private long leftToday;
    private long handedOut;

    Timeline(long leads) {
        this.leads = leads;
        double total = 0;
        double[] weights = new double[DAYS];
        for (int d = 0; d < DAYS; d++) {
            DayOfWeek weekday = START.plusDays(d).getDayOfWeek();
            boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
            weights[d] = (1.0 + 0.6 * d / (DAYS - 1.0)) * (weekend ? 0.25 : 1.0);
            total += weights[d];
        }
        double running = 0;
        for (int d = 0; d < DAYS; d++) {
            running += weights[d];
            cumulativeShare[d] = running / total;
        }
    }

    /** The creation date of the next lead. */
    LocalDate next() {
        if (handedOut >= leads) {
            throw new IllegalStateException("all " + leads + " dates were handed out");
        }
        while (leftToday == 0) {
            day++;
            long before = day == 0 ? 0 : Math.round(leads * cumulativeShare[day - 1]);
            leftToday = Math.round(leads * cumulativeShare[day]) - before;
        }
        leftToday--;
        handedOut++;
        return START.plusDays(day);
    }

    /** Where a date lies in the two years, from 0 (first day) to 1 (export date). */
    static double position(LocalDate date) {
        return ChronoUnit.DAYS.between(START, date) / (DAYS - 1.0);
    }
}
