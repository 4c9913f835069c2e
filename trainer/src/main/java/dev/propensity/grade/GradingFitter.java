package dev.propensity.grade;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.DataException;
import dev.propensity.data.LeadTable;
import dev.propensity.evaluate.RankMetrics;
import dev.propensity.features.FeaturePipeline;
import dev.propensity.features.LeadValues;
import dev.propensity.model.Explanation;
import dev.propensity.model.PropensityModel;
import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.train.PlattCalibration;
import dev.propensity.train.TrainedModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Learns a version's grading from its training rows and judges it on its held-out rows: the sub-scores'
 * calibrations, the intent rates, the thresholds at the spec's quantiles, the event model when there are events,
 * and the grade report.
 */
public final class GradingFitter {
    /** Calibrations and quantiles use at most this many training rows (evenly spaced): plenty for two parameters. */
    static final int MAX_ROWS = 100_000;
    static final int AUTO_INTENT_FIELDS = 3;

    private GradingFitter() {
    }

    public static GradingModel fit(TrainedModel trained, GradingSpec spec) {
        LeadTable table = trained.table();
        PropensityModel scorer = trained.scorer();
        FeaturePipeline pipeline = scorer.pipeline();
        GroupLayout layout = new GroupLayout(pipeline);
        int[] train = thin(trained.split().train());
        double[] fitZ = new double[train.length];
        double[] engagementZ = new double[train.length];
        byte[] won = new byte[train.length];
        for (int i = 0; i < train.length; i++) {
            double[] partials = layout.partials(scorer.explain(row(table, train[i])));
            fitZ[i] = partials[ScoreGroup.FIT.ordinal()];
            engagementZ[i] = partials[ScoreGroup.ENGAGEMENT.ordinal()];
            won[i] = table.won()[train[i]];
        }
        PlattCalibration.Fit fitLine = PlattCalibration.fit(fitZ, won);
        PlattCalibration.Fit engagementLine = PlattCalibration.fit(engagementZ, won);
        double[] fitP = apply(fitLine, fitZ);
        double[] engagementSnapshotP = apply(engagementLine, engagementZ);

        int[] allTrain = trained.split().train();
        List<LeadValues> intentRows = new ArrayList<>(allTrain.length);
        byte[] intentWon = new byte[allTrain.length];
        for (int i = 0; i < allTrain.length; i++) {
            intentRows.add(row(table, allTrain[i]));
            intentWon[i] = table.won()[allTrain[i]];
        }
        IntentTable intent = IntentTable.fit(intentFields(spec, pipeline), intentRows, intentWon, pipeline);

        Optional<DecayEngagement> events = Optional.empty();
        Map<String, List<ActivityEvent>> byLead = Map.of();
        double[] engagementForThreshold = engagementSnapshotP;
        if (spec.events().isPresent()) {
            if (table.times() == null || table.ids() == null) {
                throw new DataException("activity events need the schema's 'id' and 'timestamp': engagement is scored"
                        + " as of each lead's timestamp");
            }
            byLead = EventsFile.read(spec.events().get(), table.schema().format(), new HashSet<>(Arrays.asList(table.ids())));
            events = Optional.of(fitEvents(table, train, byLead));
            engagementForThreshold = new double[train.length];
            for (int i = 0; i < train.length; i++) {
                engagementForThreshold[i] = events.get().score(eventsOf(table, byLead, train[i]), asOf(table, train[i])).probability();
            }
        }
        Thresholds thresholds = Thresholds.fromTraining(fitP, engagementForThreshold, spec.fitQuantile(), spec.engagementQuantile());
        GradingModel model = new GradingModel(spec, fitLine, engagementLine, intent, thresholds, events, null);
        return new GradingModel(spec, fitLine, engagementLine, intent, thresholds, events,
                heldOutReport(trained, model, byLead));
    }

    private static DecayEngagement fitEvents(LeadTable table, int[] train, Map<String, List<ActivityEvent>> byLead) {
        List<List<ActivityEvent>> events = new ArrayList<>(train.length);
        Instant[] asOf = new Instant[train.length];
        byte[] won = new byte[train.length];
        long[] times = new long[train.length];
        for (int i = 0; i < train.length; i++) {
            events.add(eventsOf(table, byLead, train[i]));
            asOf[i] = asOf(table, train[i]);
            won[i] = table.won()[train[i]];
            times[i] = table.times()[train[i]];
        }
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        long cutoff = sorted.length == 0 ? 0 : sorted[(int) Math.floor(0.75 * (sorted.length - 1))];
        boolean[] choosing = new boolean[train.length];
        for (int i = 0; i < train.length; i++) {
            choosing[i] = times[i] > cutoff;
        }
        return DecayEngagementFitter.fit(events, asOf, won, choosing);
    }

    private static ObjectNode heldOutReport(TrainedModel trained, GradingModel model, Map<String, List<ActivityEvent>> byLead) {
        LeadTable table = trained.table();
        GradeScorer scorer = new GradeScorer(model, trained.scorer().pipeline());
        int[] test = trained.split().test();
        Grade[] grades = new Grade[test.length];
        byte[] won = trained.testWon();
        double[] fit = new double[test.length];
        double[] snapshot = new double[test.length];
        double[] fromEvents = new double[test.length];
        double[] intent = new double[test.length];
        double[] activity = new double[test.length];
        List<FeatureSpec> specs = trained.scorer().pipeline().specs();
        for (int i = 0; i < test.length; i++) {
            LeadValues lead = row(table, test[i]);
            Explanation explanation = trained.scorer().explain(lead);
            List<ActivityEvent> events = model.events().isPresent() ? eventsOf(table, byLead, test[i]) : List.of();
            Instant asOf = table.times() == null ? Instant.EPOCH : asOf(table, test[i]);
            LeadGrading graded = scorer.grade(explanation, lead, events, asOf);
            grades[i] = graded.grade();
            fit[i] = graded.fit().probability();
            snapshot[i] = scorer.partial(explanation, ScoreGroup.ENGAGEMENT, model.engagement()).probability();
            fromEvents[i] = graded.engagement().probability();
            intent[i] = graded.intent().probability();
            for (int f = 0; f < specs.size(); f++) {
                if (specs.get(f).group() == FeatureGroup.ENGAGEMENT) {
                    activity[i] += explanation.contributions().get(f).logOdds();
                }
            }
        }
        boolean[] fitHigh = new boolean[test.length];
        boolean[] engagementHigh = new boolean[test.length];
        for (int i = 0; i < test.length; i++) {
            fitHigh[i] = fit[i] >= model.thresholds().fit();
            engagementHigh[i] = fromEvents[i] >= model.thresholds().engagement();
        }
        // Training data carries no deal amounts, so the held-out report has conversion only (the live one has value).
        GradeReport report = GradeReport.of(grades, won, null);
        ObjectNode json = report.toJson();
        json.set("quadrants", QuadrantMatrix.of(fitHigh, engagementHigh, won).toJson());
        json.put("rows", test.length);
        json.put("split", trained.split().method());
        json.put("note", "held-out rows, grades from the thresholds alone (override rules are the server's)");
        ObjectNode auc = json.putObject("held_out_auc");
        auc.put("combined", trained.test().rocAuc());
        auc.put("fit", RankMetrics.rocAuc(fit, won));
        auc.put("engagement_snapshot", RankMetrics.rocAuc(snapshot, won));
        // The snapshot engagement sub-score also holds the intent group's actions (a call asked for); events hold
        // activity only, so the like-for-like comparison is with the engagement-group fields alone.
        auc.put("engagement_snapshot_activity_only", RankMetrics.rocAuc(activity, won));
        if (model.events().isPresent()) {
            auc.put("engagement_events", RankMetrics.rocAuc(fromEvents, won));
        }
        auc.put("intent", RankMetrics.rocAuc(intent, won));
        return json;
    }

    static List<String> intentFields(GradingSpec spec, FeaturePipeline pipeline) {
        if (!spec.intentFields().isEmpty()) {
            return spec.intentFields();
        }
        List<String> fields = new ArrayList<>();
        for (FeatureSpec f : pipeline.specs()) {
            if (f.group() == FeatureGroup.INTENT && f.kind() == FeatureKind.CATEGORICAL && fields.size() < AUTO_INTENT_FIELDS) {
                fields.add(f.name());
            }
        }
        return fields;
    }

    private static List<ActivityEvent> eventsOf(LeadTable table, Map<String, List<ActivityEvent>> byLead, int row) {
        return byLead.getOrDefault(table.ids()[row], List.of());
    }

    private static Instant asOf(LeadTable table, int row) {
        return Instant.ofEpochMilli(table.times()[row]);
    }

    static LeadValues row(LeadTable table, int row) {
        return field -> {
            var column = table.columns().get(field);
            return column == null ? null : column.raw(row);
        };
    }

    private static double[] apply(PlattCalibration.Fit line, double[] z) {
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = PlattCalibration.sigmoid(line.slope() * z[i] + line.intercept());
        }
        return p;
    }

    private static int[] thin(int[] rows) {
        if (rows.length <= MAX_ROWS) {
            return rows;
        }
        int[] kept = new int[MAX_ROWS];
        for (int i = 0; i < MAX_ROWS; i++) {
            kept[i] = rows[(int) ((long) i * rows.length / MAX_ROWS)];
        }
        return kept;
    }
}
