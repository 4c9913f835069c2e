package dev.propensity.report;

import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.evaluate.LeakageCheck;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.train.TrainedModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the model learned from: counts, time range, missing values, and the leakage check.
 *
 * @param file          the data file
 * @param rows          labelled leads
 * @param wins          wins among them
 * @param losses        losses among them
 * @param baseRate      wins / rows
 * @param split         "time" or "stratified"
 * @param trainRows     leads the model learned from
 * @param testRows      held-out leads every other figure is measured on
 * @param timeFrom      earliest lead time (ISO-8601), null without a timestamp column
 * @param timeTo        latest lead time, null without a timestamp column
 * @param missing       missing values per field
 * @param fieldAuc      each field's own AUC, strongest first; an AUC near 1 means the field probably leaks the outcome
 * @param promotable    whether the guards let the model serve
 * @param guardProblems why not, in words
 * @param warnings      what loading tolerated
 * @param dataSupportsModel false when the base-rate guard found no evidence the model beats guessing
 */
public record DataSummary(String file, long rows, long wins, long losses, double baseRate, String split,
                          int trainRows, int testRows, String timeFrom, String timeTo, List<Missing> missing,
                          List<FieldAuc> fieldAuc, boolean promotable, List<String> guardProblems,
                          List<String> warnings, boolean dataSupportsModel) {

    /** Missing values of one field. */
    public record Missing(String field, String description, long count, double share) {
    }

    /** One field's own predictive power, and whether the guards call it leakage. */
    public record FieldAuc(String field, double auc, boolean leaky) {
    }

    public DataSummary {
        missing = List.copyOf(missing);
        fieldAuc = List.copyOf(fieldAuc);
        guardProblems = List.copyOf(guardProblems);
        warnings = List.copyOf(warnings);
    }

    public static DataSummary of(TrainedModel trained) {
        LeadTable table = trained.table();
        String from = null;
        String to = null;
        if (table.times() != null) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (long t : table.times()) {
                if (t != Long.MIN_VALUE) {
                    min = Math.min(min, t);
                    max = Math.max(max, t);
                }
            }
            if (min <= max) {
                from = Instant.ofEpochMilli(min).toString();
                to = Instant.ofEpochMilli(max).toString();
            }
        }
        List<Missing> missing = new ArrayList<>();
        for (FeatureSpec spec : table.schema().features()) {
            Column column = table.column(spec.name());
            long count = 0;
            if (column instanceof Column.Numbers numbers) {
                for (double v : numbers.values()) {
                    count += Double.isNaN(v) ? 1 : 0;
                }
            } else {
                for (String v : ((Column.Text) column).values()) {
                    count += v == null ? 1 : 0;
                }
            }
            missing.add(new Missing(spec.name(), spec.description(), count,
                    table.size() == 0 ? 0 : (double) count / table.size()));
        }
        List<FieldAuc> power = new ArrayList<>();
        for (LeakageCheck.FieldPower p : trained.fieldPower()) {
            power.add(new FieldAuc(p.field(), p.auc(), trained.verdict().leakyFields().contains(p.field())));
        }
        long wins = table.wins();
        return new DataSummary(table.fingerprint().file(), table.size(), wins, table.size() - wins,
                table.size() == 0 ? Double.NaN : (double) wins / table.size(), trained.split().method(),
                trained.split().train().length, trained.split().test().length, from, to, missing, power,
                trained.verdict().promotable(), trained.verdict().problems(), table.warnings(),
                trained.verdict().dataSupportsModel());
    }
}
