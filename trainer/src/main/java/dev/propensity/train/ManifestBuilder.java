package dev.propensity.train;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import dev.propensity.data.DataFingerprint;
import dev.propensity.evaluate.LeakageCheck;
import dev.propensity.evaluate.Interval;
import dev.propensity.evaluate.MetricIntervals;
import dev.propensity.evaluate.Metrics;
import dev.propensity.model.PropensityModel;
import dev.propensity.schema.SchemaWriter;

/**
 * The training side of a version's {@code manifest.json}: data fingerprints, schema, hyperparameters, metrics,
 * guards, Tribuo's provenance and the weights. The registry adds version, time and parent.
 */
public final class ManifestBuilder {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ManifestBuilder() {
    }

    public static ObjectNode build(TrainedModel trained, String gitCommit) {
        ObjectNode root = MAPPER.createObjectNode();
        DataFingerprint fp = trained.table().fingerprint();
        ObjectNode data = root.putObject("data");
        data.put("file", fp.file()).put("sha256", fp.sha256());
        if (fp.surveyFile() != null) {
            data.put("survey_file", fp.surveyFile()).put("survey_sha256", fp.surveySha256());
        }
        data.put("rows", fp.rows()).put("wins", fp.wins()).put("losses", fp.losses());
        data.put("split", trained.split().method())
                .put("train_rows", trained.split().train().length)
                .put("test_rows", trained.split().test().length);
        ArrayNode warnings = data.putArray("warnings");
        trained.table().warnings().forEach(warnings::add);
        root.set("schema", SchemaWriter.toJson(trained.table().schema()));

        TrainingOptions o = trained.options();
        ObjectNode hyper = root.putObject("hyperparameters");
        hyper.put("trainer", "LinearSGDTrainer").put("objective", "LogMulticlass").put("optimiser", "AdaGrad")
                .put("learning_rate", o.learningRate()).put("epochs", o.epochs()).put("seed", o.seed())
                .put("test_fraction", o.testFraction()).put("quantile_bins", o.pipeline().quantileBins())
                .put("min_level_count", o.pipeline().minLevelCount()).put("max_levels", o.pipeline().maxLevels())
                .put("min_wins", o.minWins()).put("min_losses", o.minLosses())
                .put("folds", trained.crossValidation() == null ? 0 : trained.crossValidation().folds().size())
                .put("refit_all", trained.refit()).put("tuned", !trained.tuning().isEmpty());
        ArrayNode tuning = hyper.putArray("tuning");
        for (RecipeSearch.Step step : trained.tuning()) {
            ObjectNode node = tuning.addObject().put("step", step.step()).put("choice", step.choice()).put("kept", step.kept());
            finite(node, "validation_log_loss", step.validationLogLoss());
            finite(node, "validation_auc", step.validationAuc());
            finite(node, "gain", step.gain());
        }

        ObjectNode metrics = root.putObject("metrics");
        metrics.set("train", metricsJson(trained.train()));
        metrics.set("test", metricsJson(trained.test()));
        metrics.set("baseline", metricsJson(trained.baseline()));
        metrics.set("test_intervals", intervalsJson(trained.intervals()));
        if (trained.crossValidation() != null) {
            metrics.set("cross_validation", crossValidationJson(trained.crossValidation()));
        }
        PropensityModel scorer = trained.scorer();
        root.putObject("calibration").put("method", "platt").put("slope", scorer.slope()).put("intercept", scorer.intercept());

        ObjectNode guards = root.putObject("guards");
        guards.put("promotable", trained.verdict().promotable());
        guards.put("data_supports_model", trained.verdict().dataSupportsModel());
        ArrayNode problems = guards.putArray("problems");
        trained.verdict().problems().forEach(problems::add);
        ArrayNode leaky = guards.putArray("leaky_fields");
        trained.verdict().leakyFields().forEach(leaky::add);
        ArrayNode power = guards.putArray("field_auc");
        for (LeakageCheck.FieldPower p : trained.fieldPower()) {
            power.addObject().put("field", p.field()).put("auc", p.auc());
        }

        ArrayNode weights = root.putArray("weights");
        String[] names = scorer.pipeline().inputNames();
        for (int i = 0; i < names.length; i++) {
            weights.addObject().put("input", names[i]).put("field", scorer.pipeline().fieldOf(i))
                    .put("weight", scorer.weights()[i]).put("training_mean", scorer.means()[i]);
        }
        root.put("bias", scorer.bias());
        ObjectNode provenance = root.putObject("provenance");
        provenance.put("git_commit", gitCommit);
        provenance.set("tribuo", MAPPER.valueToTree(ProvenanceUtil.convertToMap(trained.tribuoModel().getProvenance())));
        return root;
    }

    /**
     * The held-out figures' intervals: {@code roc_auc}, {@code pr_auc}, {@code top_decile_lift}, {@code ece},
     * {@code log_loss}, {@code brier} and {@code log_loss_gain}, each with estimate, low, high, standard error, level and method (null when unknown).
     */
    public static ObjectNode intervalsJson(MetricIntervals intervals) {
        ObjectNode node = MAPPER.createObjectNode();
        node.set("roc_auc", intervalJson(intervals.rocAuc()));
        node.set("pr_auc", intervalJson(intervals.prAuc()));
        node.set("top_decile_lift", intervalJson(intervals.topDecileLift()));
        node.set("ece", intervalJson(intervals.ece()));
        node.set("log_loss", intervalJson(intervals.logLoss()));
        node.set("brier", intervalJson(intervals.brier()));
        node.set("log_loss_gain", intervalJson(intervals.logLossGain()));
        return node;
    }

    /** Per-fold and pooled out-of-fold figures, their intervals, and the folds' spread. */
    public static ObjectNode crossValidationJson(CrossValidation cv) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("method", cv.method());
        ArrayNode folds = node.putArray("folds");
        for (CrossValidation.Fold f : cv.folds()) {
            ObjectNode fold = metricsJson(f.test());
            fold.put("fold", f.fold()).put("train_rows", f.trainRows());
            fold.set("roc_auc_interval", intervalJson(f.rocAuc()));
            folds.add(fold);
        }
        node.set("pooled", metricsJson(cv.pooled()));
        node.set("pooled_baseline", metricsJson(cv.pooledBaseline()));
        node.set("pooled_intervals", intervalsJson(cv.pooledIntervals()));
        ObjectNode spread = node.putObject("spread");
        spreadJson(spread.putObject("roc_auc"), cv.rocAuc());
        spreadJson(spread.putObject("pr_auc"), cv.prAuc());
        spreadJson(spread.putObject("log_loss"), cv.logLoss());
        spreadJson(spread.putObject("ece"), cv.ece());
        return node;
    }

    private static void spreadJson(ObjectNode node, CrossValidation.Spread spread) {
        finite(node, "mean", spread.mean());
        finite(node, "sd", spread.sd());
        finite(node, "min", spread.min());
        finite(node, "max", spread.max());
    }

    private static ObjectNode intervalJson(Interval interval) {
        ObjectNode node = MAPPER.createObjectNode();
        finite(node, "estimate", interval.estimate());
        finite(node, "low", interval.low());
        finite(node, "high", interval.high());
        finite(node, "standard_error", interval.standardError());
        node.put("level", interval.level()).put("method", interval.method());
        return node;
    }

    private static void finite(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }

    public static ObjectNode metricsJson(Metrics m) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rows", m.rows()).put("wins", m.wins()).put("base_rate", m.baseRate())
                .put("roc_auc", m.rocAuc()).put("pr_auc", m.prAuc()).put("log_loss", m.logLoss())
                .put("brier", m.brier()).put("ece", m.ece()).put("mean_predicted", m.meanPredicted());
        return node;
    }
}
