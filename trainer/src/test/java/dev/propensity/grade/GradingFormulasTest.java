package dev.propensity.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every formula of the grading, on cases computed by hand. */
class GradingFormulasTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void oneEventIsWorthItsWeightFreshHalfAfterOneHalfLifeAndAQuarterAfterTwo() {
        DecayEngagement model = new DecayEngagement(List.of("web_visit"), new double[] {7}, new double[] {0.8}, -1.5);
        double fresh = model.score(List.of(new ActivityEvent("web_visit", NOW)), NOW).contributions().get(0).logOdds();
        double week = model.score(List.of(new ActivityEvent("web_visit", NOW.minus(7, ChronoUnit.DAYS))), NOW)
                .contributions().get(0).logOdds();
        double twoWeeks = model.score(List.of(new ActivityEvent("web_visit", NOW.minus(14, ChronoUnit.DAYS))), NOW)
                .contributions().get(0).logOdds();
        assertEquals(0.8, fresh, 1e-12);
        assertEquals(0.4, week, 1e-12);
        assertEquals(0.2, twoWeeks, 1e-12);
    }

    @Test
    void aLeadsEngagementHalvesAfterOneHalfLifeOfSilence() {
        DecayEngagement model = new DecayEngagement(List.of("download", "web_visit"), new double[] {3, 10},
                new double[] {0.5, 0.3}, -2);
        List<ActivityEvent> events = List.of(new ActivityEvent("web_visit", NOW.minus(1, ChronoUnit.DAYS)),
                new ActivityEvent("web_visit", NOW.minus(4, ChronoUnit.DAYS)),
                new ActivityEvent("download", NOW.minus(2, ChronoUnit.DAYS)));
        SubScore now = model.score(events, NOW);
        // Ten quiet days later the web visits (half-life 10) keep half; the download (half-life 3) 2^(-10/3).
        SubScore later = model.score(events, NOW.plus(10, ChronoUnit.DAYS));
        assertEquals(now.contributions().get(1).logOdds() / 2, later.contributions().get(1).logOdds(), 1e-12);
        assertEquals(now.contributions().get(0).logOdds() * Math.pow(2, -10.0 / 3), later.contributions().get(0).logOdds(), 1e-12);
        // by hand: 0.3 * (2^(-1/10) + 2^(-4/10)) and 0.5 * 2^(-2/3)
        assertEquals(0.3 * (Math.pow(2, -0.1) + Math.pow(2, -0.4)), now.contributions().get(1).logOdds(), 1e-12);
        assertEquals(0.5 * Math.pow(2, -2.0 / 3), now.contributions().get(0).logOdds(), 1e-12);
        assertEquals(now.logOdds(), now.baselineLogOdds() + now.contributions().stream().mapToDouble(c -> c.logOdds()).sum(), 1e-12);
    }

    @Test
    void eventsAfterTheMomentScoredAndUnknownTypesAreIgnored() {
        DecayEngagement model = new DecayEngagement(List.of("web_visit"), new double[] {7}, new double[] {1}, 0);
        SubScore s = model.score(List.of(new ActivityEvent("web_visit", NOW.plus(1, ChronoUnit.DAYS)),
                new ActivityEvent("webinar", NOW)), NOW);
        assertEquals(0, s.logOdds(), 1e-12);
        assertEquals(0.5, s.probability(), 1e-12);
    }

    @Test
    void theBetaPriorIsFittedByTheMethodOfMomentsAndSmoothsAGroupSeenTwice() {
        // Groups 10/100, 30/100: m = 0.2, var of rates = ((0.1-0.2)^2 + (0.3-0.2)^2)/2 = 0.01,
        // noise = 0.2*0.8/100 = 0.0016, tau2 = 0.0084, strength = 0.16/0.0084 - 1 = 18.0476...
        BetaPrior prior = BetaPrior.fit(new long[] {10, 30}, new long[] {100, 100});
        double strength = 0.16 / 0.0084 - 1;
        assertEquals(strength, prior.strength(), 1e-9);
        assertEquals(0.2, prior.mean(), 1e-12);
        // A form seen twice with two wins: (2 + 0.2 s) / (2 + s), far from 100 %.
        assertEquals((2 + 0.2 * strength) / (2 + strength), prior.smoothed(2, 2), 1e-12);
        assertEquals(0.2, prior.smoothed(0, 0), 1e-12);
    }

    @Test
    void groupsThatDifferNoMoreThanNoiseGetTheStrongestPrior() {
        BetaPrior prior = BetaPrior.fit(new long[] {20, 20}, new long[] {100, 100});
        assertEquals(BetaPrior.MAX_STRENGTH, prior.strength(), 1e-9);
    }

    @Test
    void thresholdsAreTheLowerEmpiricalQuantileAndGradesFollowTheMatrix() {
        double[] values = {0.9, 0.1, 0.5, 0.3, 0.7};
        assertEquals(0.5, Thresholds.quantile(values, 0.5), 0);
        assertEquals(0.5, Thresholds.quantile(values, 0.6), 0); // floor(0.6 * 4) = 2
        assertEquals(0.7, Thresholds.quantile(values, 0.75), 0);
        Thresholds t = new Thresholds(0.4, 0.2, 0.6, 0.6);
        assertEquals(Grade.A, t.grade(0.4, 0.2));
        assertEquals(Grade.B, t.grade(0.39, 0.5));
        assertEquals(Grade.C, t.grade(0.8, 0.19));
        assertEquals(Grade.D, t.grade(0.1, 0.1));
        Thresholds overridden = t.overridden(0.5, Double.NaN);
        assertEquals(0.5, overridden.fit(), 0);
        assertEquals(0.2, overridden.engagement(), 0);
        assertEquals(Grade.D, overridden.grade(0.45, 0.1));
    }

    @Test
    void wilsonIntervalAndTheKatzIntervalOfTheAToDRatioMatchHandComputedValues() {
        double[] w = GradeReport.wilson(5, 10);
        // p = 0.5, n = 10: centre (0.5 + 0.19208) / 1.38416, spread 1.96 * sqrt(0.025 + 0.0096040) / 1.38416
        assertEquals((0.69208 - 1.96 * Math.sqrt(0.025 + 0.009604)) / 1.38416, w[0], 1e-9);
        assertEquals((0.69208 + 1.96 * Math.sqrt(0.025 + 0.009604)) / 1.38416, w[1], 1e-9);
        Grade[] grades = {Grade.A, Grade.A, Grade.A, Grade.A, Grade.D, Grade.D, Grade.D, Grade.D, Grade.D, Grade.D, Grade.D, Grade.D};
        byte[] won = {1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0};
        GradeReport report = GradeReport.of(grades, won, null);
        assertEquals(4.0, report.aToD(), 1e-12); // (2/4) / (1/8)
        double se = Math.sqrt(1.0 / 2 - 1.0 / 4 + 1.0 / 1 - 1.0 / 8);
        assertEquals(4 * Math.exp(-1.96 * se), report.aToDLow(), 1e-12);
        assertEquals(2.0 / 3, report.row(Grade.A).shareWins(), 1e-12);
        assertEquals(4.0 / 12, report.row(Grade.A).shareLeads(), 1e-12);
    }

    @Test
    void aBetaPriorWithoutPositiveParametersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BetaPrior(0, 1));
    }
}
