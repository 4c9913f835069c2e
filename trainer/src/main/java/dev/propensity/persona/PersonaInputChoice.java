package dev.propensity.persona;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.LeadTable;
import dev.propensity.train.DataSplit;
import dev.propensity.train.ModelTrainer;
import dev.propensity.train.Splitter;
import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingOptions;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Whether the persona earns its place as an input of the served model. Rule: personas are discovered first; two
 * models are then trained on the same 80 % of the training rows, without and with the {@value PersonaInput#FIELD}
 * field, and the field is kept when it lowers the log loss on the other 20 % (the validation rows). The held-out rows
 * of the version are not used to choose, so its test figures stay honest.
 *
 * @param kept             whether the version's model takes the persona
 * @param withoutLogLoss   validation log loss without the persona (NaN when no candidate was trained)
 * @param withLogLoss      validation log loss with it (NaN when no candidate was trained)
 * @param validationRows   rows the two were compared on
 * @param reason           the decision in one sentence
 * @param discovery        the clustering the field was derived from, reused by the version's persona book
 * @param book             the personas the field was derived from
 */
public record PersonaInputChoice(boolean kept, double withoutLogLoss, double withLogLoss, int validationRows,
                                 String reason, Discovery discovery, PersonaBook book) {
    /** The rule, as the report states it. */
    public static final String RULE = "kept when it lowers the validation log loss (20 % of the training rows,"
            + " not the held-out rows) of the same model trained on the other 80 %";
    private static final double VALIDATION_SHARE = 0.2;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @param table the model's table (features only)
     * @param wide  the same rows with the deal columns, as persona discovery reads them
     */
    public static PersonaInputChoice decide(LeadTable table, LeadTable wide, PersonaSettings settings,
                                            Optional<PersonaBook> previous, Map<String, PersonaName> names,
                                            TrainingOptions options) {
        TrainingOptions quick = options.withFolds(0).withRefitAll(false).withTune(false);
        DataSplit outer = Splitter.split(table, options.testFraction(), options.seed());
        DataSplit inner = validation(outer.train(), options.seed());
        TrainedModel without = new ModelTrainer(quick).train(table, inner);
        double[] p = new double[wide.size()];
        for (int r = 0; r < p.length; r++) {
            p[r] = without.scorer().probability(MixedEncoding.row(wide, r));
        }
        PersonaTrainer.Result found = new PersonaTrainer(settings).train(wide, p, previous, names);
        if (!found.book().published()) {
            return new PersonaInputChoice(false, without.test().logLoss(), Double.NaN, inner.test().length,
                    "not tried: the personas are not published", found.discovery(), found.book());
        }
        TrainedModel with = new ModelTrainer(quick).train(PersonaInput.withColumn(table, found.book()), inner);
        double a = without.test().logLoss();
        double b = with.test().logLoss();
        boolean kept = b < a;
        return new PersonaInputChoice(kept, a, b, inner.test().length, String.format(Locale.ROOT,
                "%s: validation log loss %.4f with the persona against %.4f without, on %d training rows set aside",
                kept ? "kept" : "left out", b, a, inner.test().length), found.discovery(), found.book());
    }

    /** The table the version trains on: {@code table} with the persona column when the persona is kept. */
    public LeadTable table(LeadTable table) {
        return kept ? PersonaInput.withColumn(table, book) : table;
    }

    /** A seeded fifth of the training rows set aside. */
    static DataSplit validation(int[] train, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_9L);
        int[] fit = new int[train.length];
        int[] held = new int[train.length];
        int f = 0;
        int h = 0;
        for (int row : train) {
            if (random.nextDouble() < VALIDATION_SHARE) {
                held[h++] = row;
            } else {
                fit[f++] = row;
            }
        }
        return new DataSplit(Arrays.copyOf(fit, f), Arrays.copyOf(held, h), "validation part of the training rows");
    }

    /** The decision as {@code personas.json} records it. */
    public ObjectNode json() {
        ObjectNode n = MAPPER.createObjectNode().put("kept", kept).put("rule", RULE).put("reason", reason)
                .put("validation_rows", validationRows);
        if (Double.isFinite(withoutLogLoss)) {
            n.put("validation_log_loss_without", withoutLogLoss);
        }
        if (Double.isFinite(withLogLoss)) {
            n.put("validation_log_loss_with", withLogLoss);
        }
        return n;
    }
}
