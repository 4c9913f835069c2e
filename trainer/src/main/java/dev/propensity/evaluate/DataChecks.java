package dev.propensity.evaluate;

import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks of the data behind a model's figures. A row's content is its label and the raw value of every feature
 * column (the lead id and the timestamp left out, since a copied deal gets a new id and date).
 *
 * <ul>
 *   <li>Exact duplicates: rows whose content equals an earlier row's.</li>
 *   <li>Held-out rows whose content equals a training row's: counted and flagged (they stay in the held-out
 *       figures, which they flatter); the held-out AUC without them is given beside, with its DeLong interval.</li>
 *   <li>Constant fields (one value, missing counted as a value) and near-constant ones (one value in at least
 *       {@value #NEAR_CONSTANT} of the rows).</li>
 *   <li>Fields whose missing rate differs between wins and losses by at least {@value #MISSING_GAP} with a
 *       two-proportion z of at least {@value #MISSING_Z} (p below 0.001): missingness that may leak the outcome,
 *       such as a field the sales team fills in only for deals that progress.</li>
 * </ul>
 *
 * @param duplicateRows             rows that repeat an earlier row exactly
 * @param sharedHeldOutRows         held-out rows identical to some training row
 * @param heldOutRows               held-out rows in all
 * @param aucWithoutShared          held-out ROC AUC without the shared rows (DeLong); unknown when none are shared
 * @param constantFields            fields with one value only
 * @param nearConstantFields        fields with one value in at least 99 % of rows, with that share
 * @param missingByOutcome          fields whose missing rate differs strongly between wins and losses
 * @param notes                     each finding in one sentence
 */
public record DataChecks(long duplicateRows, long sharedHeldOutRows, long heldOutRows, Interval aucWithoutShared,
                         List<String> constantFields, List<FieldShare> nearConstantFields,
                         List<MissingGap> missingByOutcome, List<String> notes) {
    static final double NEAR_CONSTANT = 0.99;
    static final double MISSING_GAP = 0.1;
    static final double MISSING_Z = 3.29;

    /** A field and the share of rows holding its most common value. */
    public record FieldShare(String field, double share) {
    }

    /** A field's missing rate among wins and among losses, and the two-proportion z of the difference. */
    public record MissingGap(String field, double missingAmongWins, double missingAmongLosses, double z) {
    }

    public DataChecks {
        constantFields = List.copyOf(constantFields);
        nearConstantFields = List.copyOf(nearConstantFields);
        missingByOutcome = List.copyOf(missingByOutcome);
        notes = List.copyOf(notes);
    }

    /**
     * @param train     training rows
     * @param test      held-out rows
     * @param testP     held-out probabilities, in {@code test} order
     */
    public static DataChecks of(LeadTable table, int[] train, int[] test, double[] testP) {
        return prepare(table, train, test).with(testP);
    }

    /**
     * Every check that does not need the model: run while the model is fitted, finished by {@link Prepared#with}.
     *
     * @param train training rows
     * @param test  held-out rows
     */
    public static Prepared prepare(LeadTable table, int[] train, int[] test) {
        RowContents contents = RowContents.of(table);
        long duplicates = table.size() - contents.distinct();
        boolean[] inTraining = new boolean[table.size()];
        for (int row : train) {
            inTraining[contents.classOf(row)] = true;
        }
        int[] kept = new int[test.length];
        int keptCount = 0;
        for (int i = 0; i < test.length; i++) {
            if (!inTraining[contents.classOf(test[i])]) {
                kept[keptCount++] = i;
            }
        }
        List<String> fieldNotes = new ArrayList<>();
        List<String> constant = new ArrayList<>();
        List<FieldShare> nearConstant = new ArrayList<>();
        List<MissingGap> gaps = new ArrayList<>();
        for (Map.Entry<String, Column> entry : table.columns().entrySet()) {
            Column column = entry.getValue();
            double top = topShare(column);
            if (top >= 1.0) {
                constant.add(entry.getKey());
                fieldNotes.add("field '" + entry.getKey() + "' has one value in every row: it cannot inform the model");
            } else if (top >= NEAR_CONSTANT) {
                nearConstant.add(new FieldShare(entry.getKey(), top));
                fieldNotes.add(String.format(Locale.ROOT, "field '%s' has one value in %.1f %% of rows: it can inform only a "
                        + "few leads", entry.getKey(), 100 * top));
            }
            MissingGap gap = missingGap(entry.getKey(), column, table.won());
            if (Math.abs(gap.missingAmongWins() - gap.missingAmongLosses()) >= MISSING_GAP && Math.abs(gap.z()) >= MISSING_Z) {
                gaps.add(gap);
                fieldNotes.add(String.format(Locale.ROOT, "field '%s' is missing for %.0f %% of wins but %.0f %% of losses: if "
                        + "it is filled in as a deal progresses, its missingness leaks the outcome", entry.getKey(),
                        100 * gap.missingAmongWins(), 100 * gap.missingAmongLosses()));
            }
        }
        return new Prepared(table.size(), table.won(), test, duplicates, Arrays.copyOf(kept, keptCount), constant,
                nearConstant, gaps, fieldNotes);
    }

    /**
     * The checks before the model's held-out probabilities are known: all but the held-out AUC without the rows
     * shared with training.
     */
    public static final class Prepared {
        private final int rows;
        private final byte[] won;
        private final int[] test;
        private final long duplicates;
        private final int[] kept;
        private final List<String> constant;
        private final List<FieldShare> nearConstant;
        private final List<MissingGap> gaps;
        private final List<String> fieldNotes;

        private Prepared(int rows, byte[] won, int[] test, long duplicates, int[] kept, List<String> constant,
                         List<FieldShare> nearConstant, List<MissingGap> gaps, List<String> fieldNotes) {
            this.rows = rows;
            this.won = won;
            this.test = test;
            this.duplicates = duplicates;
            this.kept = kept;
            this.constant = constant;
            this.nearConstant = nearConstant;
            this.gaps = gaps;
            this.fieldNotes = fieldNotes;
        }

        /** The finished checks, given the held-out probabilities in {@code test} order. */
        public DataChecks with(double[] testP) {
            long shared = test.length - kept.length;
            Interval without = Interval.unknown(DeLong.METHOD);
            if (shared > 0) {
                double[] p = new double[kept.length];
                byte[] keptWon = new byte[kept.length];
                for (int k = 0; k < p.length; k++) {
                    p[k] = testP[kept[k]];
                    keptWon[k] = won[test[kept[k]]];
                }
                without = DeLong.interval(p, keptWon);
            }
            List<String> notes = new ArrayList<>();
            if (duplicates > 0) {
                notes.add(String.format(Locale.ROOT, "%d of %d rows (%.1f %%) repeat an earlier row exactly (every field "
                        + "and the outcome)", duplicates, rows, 100.0 * duplicates / Math.max(1, rows)));
            }
            if (shared > 0) {
                notes.add(String.format(Locale.ROOT, "%d of %d held-out rows (%.1f %%) are exact copies of training rows "
                        + "and flatter the held-out figures; without them the held-out AUC is %s", shared, test.length,
                        100.0 * shared / Math.max(1, test.length), without.describe(3)));
            }
            notes.addAll(fieldNotes);
            return new DataChecks(duplicates, shared, test.length, without, constant, nearConstant, gaps, notes);
        }
    }

    /**
     * The share of rows holding the column's most common value, missing counted as a value, when one value holds
     * more than half the rows; otherwise some share of at most one half. The checks only ask whether it reaches
     * {@value #NEAR_CONSTANT}, so a majority vote (one pass for the candidate, one to count it) answers them
     * without counting every value of a million-row column.
     */
    static double topShare(Column column) {
        int size = column.size();
        if (size == 0) {
            return 1.0;
        }
        int count = 0;
        if (column instanceof Column.Numbers numbers) {
            double[] values = numbers.values();
            long candidate = 0;
            int votes = 0;
            for (double v : values) {
                long bits = Double.doubleToLongBits(v);
                if (votes == 0) {
                    candidate = bits;
                    votes = 1;
                } else {
                    votes += bits == candidate ? 1 : -1;
                }
            }
            for (double v : values) {
                count += Double.doubleToLongBits(v) == candidate ? 1 : 0;
            }
        } else {
            String[] values = ((Column.Text) column).values();
            String candidate = null;
            int votes = 0;
            for (String v : values) {
                if (votes == 0) {
                    candidate = v;
                    votes = 1;
                } else {
                    votes += same(v, candidate) ? 1 : -1;
                }
            }
            for (String v : values) {
                count += same(v, candidate) ? 1 : 0;
            }
        }
        return (double) count / size;
    }

    /** Equal texts; the cached hash codes tell most different spellings apart without comparing characters. */
    private static boolean same(String a, String b) {
        return a == b || a != null && b != null && a.hashCode() == b.hashCode() && a.equals(b);
    }

    static MissingGap missingGap(String field, Column column, byte[] won) {
        // Whole counts without a branch on the outcome, which a sorted-by-nothing table cannot predict.
        long wins = 0;
        long missingWins = 0;
        long missingAll = 0;
        double[] numbers = column instanceof Column.Numbers n ? n.values() : null;
        String[] texts = column instanceof Column.Text t ? t.values() : null;
        for (int i = 0; i < column.size(); i++) {
            int missing = (numbers != null ? Double.isNaN(numbers[i]) : texts[i] == null) ? 1 : 0;
            wins += won[i];
            missingWins += won[i] & missing;
            missingAll += missing;
        }
        long losses = column.size() - wins;
        long missingLosses = missingAll - missingWins;
        double a = wins == 0 ? 0 : (double) missingWins / wins;
        double b = losses == 0 ? 0 : (double) missingLosses / losses;
        double pooled = (double) (missingWins + missingLosses) / Math.max(1, wins + losses);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / Math.max(1, wins) + 1.0 / Math.max(1, losses)));
        return new MissingGap(field, a, b, se == 0 ? 0 : (a - b) / se);
    }
}
