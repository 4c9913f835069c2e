package dev.propensity.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.propensity.schema.ValueParser;
import dev.propensity.schema.FeatureSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How the champion is doing on live traffic over a recent window: its quality week by week on the outcomes
 * that came back, the distribution of the scores it served, how far each input and the score have drifted
 * from the training data, and alerts in plain words. Built with {@link #builder(ReferenceSample)}; written
 * as JSON by {@link ReportJson} and as a page by {@link LiveReportHtml}.
 *
 * @param title             "Live report"
 * @param subject           the champion, such as "v4"
 * @param generatedAt       when the report was made (ISO-8601)
 * @param windowStart       start of the window (inclusive)
 * @param windowEnd         end of the window (exclusive)
 * @param windowDays        its length in days
 * @param scored            leads scored in the window
 * @param trainingAuc       the champion's held-out AUC at training time, NaN when not given
 * @param overall           quality on every outcome returned in the window
 * @param weeks             quality week by week, oldest first
 * @param scoreDistribution share of training and recent scores in twenty 5 % bins
 * @param scoreShift        PSI of the score
 * @param fieldShifts       PSI of each input field, largest first
 * @param alerts            what needs attention, most serious first
 * @param grades            conversion and won value by the grade given at scoring time over the outcomes that came
 *                          back ({@code GET /reports/live/grades}'s JSON), or null when not given
 * @param exploration       what the exploration share of the rep match measured (issue 9); null when the
 *                          champion has no personas
 */
public record LiveReport(String title, String subject, String generatedAt, String windowStart, String windowEnd,
                         int windowDays, long scored, double trainingAuc, LiveQuality overall, List<Week> weeks,
                         List<ScoreBin> scoreDistribution, FieldShift scoreShift, List<FieldShift> fieldShifts,
                         List<LiveAlerts.Alert> alerts, JsonNode grades,
                         @JsonInclude(JsonInclude.Include.NON_NULL) LiveExploration exploration) {

    /** One week of the window: leads scored and quality on its returned outcomes. */
    public record Week(String weekStart, long scored, LiveQuality quality) {
    }

    /** One bin of served probabilities. */
    public record ScoreBin(double from, double to, double trainingShare, double recentShare) {
    }

    public LiveReport {
        weeks = List.copyOf(weeks);
        scoreDistribution = List.copyOf(scoreDistribution);
        fieldShifts = List.copyOf(fieldShifts);
        alerts = List.copyOf(alerts);
    }

    /** A builder comparing recent traffic with {@code reference}. */
    public static Builder builder(ReferenceSample reference) {
        return new Builder(reference);
    }

    /** Collects the inputs; defaults: a 30-day window ending now, no training AUC, 100 outcomes to judge. */
    public static final class Builder {
        private final ReferenceSample reference;
        private List<LiveObservation> observations = List.of();
        private int windowDays = 30;
        private Instant now = Instant.now();
        private double trainingAuc = Double.NaN;
        private int minOutcomes = 100;
        private String subject = "champion";
        private JsonNode grades;
        private LiveExploration exploration;

        private Builder(ReferenceSample reference) {
            this.reference = Objects.requireNonNull(reference, "reference");
        }

        /** Recent scored leads; those outside the window are ignored. */
        public Builder observations(List<LiveObservation> list) {
            this.observations = List.copyOf(list);
            return this;
        }

        /** The window's length in days (30 or 90 are usual). */
        public Builder windowDays(int days) {
            if (days < 1) {
                throw new IllegalArgumentException("window of " + days + " days; it must be at least 1");
            }
            this.windowDays = days;
            return this;
        }

        /** The end of the window. */
        public Builder now(Instant end) {
            this.now = Objects.requireNonNull(end, "now");
            return this;
        }

        /** The champion's held-out AUC at training, to tell when ranking has weakened. */
        public Builder trainingAuc(double auc) {
            this.trainingAuc = auc;
            return this;
        }

        /** Below this many returned outcomes quality figures are flagged as uncertain, not alerted on. */
        public Builder minOutcomes(int count) {
            this.minOutcomes = count;
            return this;
        }

        /** What to call the champion in the header, such as "v4". */
        public Builder subject(String name) {
            this.subject = Objects.requireNonNull(name, "subject");
            return this;
        }

        /** The by-grade table over the window's outcomes (a grade report's JSON), shown as given. */
        public Builder grades(JsonNode report) {
            this.grades = report;
            return this;
        }

        /** The explored leads of the rep match, for a champion with personas. */
        public Builder exploration(LiveExploration explored) {
            this.exploration = explored;
            return this;
        }

        public LiveReport build() {
            Instant start = now.minus(Duration.ofDays(windowDays));
            List<LiveObservation> recent = observations.stream()
                    .filter(o -> !o.scoredAt().isBefore(start) && o.scoredAt().isBefore(now)).toList();
            double[] recentScores = recent.stream().mapToDouble(LiveObservation::probability).toArray();
            ValueParser parser = new ValueParser(reference.table().schema().format());
            List<FieldShift> shifts = new ArrayList<>();
            for (FeatureSpec spec : reference.table().schema().features()) {
                shifts.add(FieldShift.of(spec, reference.table().column(spec.name()), reference.rows(), recent, parser));
            }
            shifts.sort((a, b) -> Double.compare(b.psi().value(), a.psi().value()));
            FieldShift scoreShift = FieldShift.ofScores(reference.scores(), recentScores);
            LiveQuality overall = LiveQuality.of(recent);
            List<LiveAlerts.Alert> alerts = LiveAlerts.of(recent.size(), windowDays, overall, trainingAuc,
                    minOutcomes, scoreShift, shifts, reference.table().schema());
            return new LiveReport("Live report", subject, Instant.now().toString(), start.toString(), now.toString(),
                    windowDays, recent.size(), trainingAuc, overall, weeks(recent, start), distribution(recentScores),
                    scoreShift, shifts, alerts, grades, exploration);
        }

        private List<Week> weeks(List<LiveObservation> recent, Instant start) {
            List<Week> weeks = new ArrayList<>();
            // Weeks run back from the end of the window, so the latest week is always a whole one.
            int count = (windowDays + 6) / 7;
            for (int k = count - 1; k >= 0; k--) {
                Instant to = now.minus(Duration.ofDays(7L * k));
                Instant from = to.minus(Duration.ofDays(7));
                Instant clipped = from.isBefore(start) ? start : from;
                List<LiveObservation> in = recent.stream()
                        .filter(o -> !o.scoredAt().isBefore(clipped) && o.scoredAt().isBefore(to)).toList();
                weeks.add(new Week(clipped.atOffset(ZoneOffset.UTC).toLocalDate().toString(), in.size(),
                        LiveQuality.of(in)));
            }
            return weeks;
        }

        private List<ScoreBin> distribution(double[] recentScores) {
            long[] training = histogram(reference.scores());
            long[] live = histogram(recentScores);
            List<ScoreBin> bins = new ArrayList<>(20);
            for (int b = 0; b < 20; b++) {
                bins.add(new ScoreBin(b / 20.0, (b + 1) / 20.0, share(training[b], reference.scores().length),
                        share(live[b], recentScores.length)));
            }
            return bins;
        }

        private static long[] histogram(double[] scores) {
            long[] counts = new long[20];
            for (double s : scores) {
                counts[Math.max(0, Math.min(19, (int) (s * 20)))]++;
            }
            return counts;
        }

        private static double share(long count, int total) {
            return total == 0 ? 0 : (double) count / total;
        }
    }
}
