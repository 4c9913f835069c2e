package dev.propensity.persona;

import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.features.CategoryNames;
import dev.propensity.schema.ValueParser;
import dev.propensity.schema.FeatureKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The traits that set a persona apart, in words a sales team reads: for a 1-5 answer, how much more often the
 * persona answers 4-5 (or 1-2) than the average lead; for yes/no and categories, how much more often it has a
 * value; for other numbers, a median well above or below the population's. Only traits at least 1.5 times as
 * frequent (and held by at least a quarter of the persona) count.
 */
final class TraitFinder {
    private static final double MIN_LIFT = 1.5;
    private static final double MIN_SHARE = 0.25;
    private static final int TRAITS = 4;

    private record Trait(double strength, String words) {
    }

    private final LeadTable table;
    private final MixedEncoding encoding;
    private final ValueParser parser;

    TraitFinder(LeadTable table, MixedEncoding encoding) {
        this.table = table;
        this.encoding = encoding;
        this.parser = new ValueParser(table.schema().format());
    }

    /** @param members whether each row belongs to the persona */
    List<String> traits(boolean[] members) {
        List<Trait> found = new ArrayList<>();
        for (EncodedField field : encoding.fields()) {
            String words = table.schema().describe(field.name());
            Column column = table.column(field.name());
            if (field.kind() == FeatureKind.CATEGORICAL) {
                for (String level : field.levels()) {
                    double[] shares = shares(column, members, v -> v instanceof String s && CategoryNames.normalise(s).equals(level));
                    add(found, shares, String.format(Locale.ROOT, "has %s '%s'", words, level));
                }
            } else if (field.kind() == FeatureKind.BOOLEAN) {
                // A yes/no field's description is a statement ("has a housing loan"): quote it, never prefix it.
                add(found, shares(column, members, v -> v instanceof Double d && d == 1), "is yes for '" + words + "'");
                add(found, shares(column, members, v -> v instanceof Double d && d == 0), "is no for '" + words + "'");
            } else if (isLikert(column)) {
                add(found, shares(column, members, v -> v instanceof Double d && d >= 4), "rates " + words + " 4-5");
                add(found, shares(column, members, v -> v instanceof Double d && d <= 2), "rates " + words + " 1-2");
            } else {
                median(found, column, members, words);
            }
        }
        found.sort(Comparator.comparingDouble(Trait::strength).reversed());
        return found.stream().limit(TRAITS).map(Trait::words).toList();
    }

    private interface Test {
        boolean holds(Object value);
    }

    /** {share in persona, share in population} among leads that have the field. */
    private double[] shares(Column column, boolean[] members, Test test) {
        long in = 0;
        long inHit = 0;
        long all = 0;
        long allHit = 0;
        for (int r = 0; r < column.size(); r++) {
            Object raw = value(column, r);
            if (raw == null) {
                continue;
            }
            boolean hit = test.holds(raw);
            all++;
            allHit += hit ? 1 : 0;
            if (members[r]) {
                in++;
                inHit += hit ? 1 : 0;
            }
        }
        return new double[] {in == 0 ? 0 : (double) inHit / in, all == 0 ? 0 : (double) allHit / all};
    }

    private Object value(Column column, int r) {
        Object raw = column.raw(r);
        if (column instanceof Column.Text) {
            return parser.text(raw);
        }
        return raw;
    }

    private static void add(List<Trait> found, double[] shares, String what) {
        double lift = shares[1] == 0 ? 0 : shares[0] / shares[1];
        if (lift >= MIN_LIFT && shares[0] >= MIN_SHARE) {
            found.add(new Trait(lift, String.format(Locale.ROOT, "%s %s as often as the average lead (%.0f %% against %.0f %%)",
                    what, times(lift), 100 * shares[0], 100 * shares[1])));
        }
    }

    private static String times(double lift) {
        return lift >= 1.95 && lift < 2.05 ? "twice" : String.format(Locale.ROOT, "%.1f times", lift);
    }

    private static boolean isLikert(Column column) {
        if (!(column instanceof Column.Numbers numbers)) {
            return false;
        }
        boolean any = false;
        for (double v : numbers.values()) {
            if (!Double.isNaN(v)) {
                if (v < 1 || v > 5 || v != Math.rint(v)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private void median(List<Trait> found, Column column, boolean[] members, String words) {
        if (!(column instanceof Column.Numbers numbers)) {
            return;
        }
        double[] all = Arrays.stream(numbers.values()).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] in = new double[numbers.size()];
        int n = 0;
        for (int r = 0; r < numbers.size(); r++) {
            if (members[r] && !Double.isNaN(numbers.values()[r])) {
                in[n++] = numbers.values()[r];
            }
        }
        if (n == 0 || all.length == 0) {
            return;
        }
        Arrays.sort(in, 0, n);
        double mine = in[n / 2];
        double overall = all[all.length / 2];
        if (overall > 0 && mine >= MIN_LIFT * overall) {
            found.add(new Trait(mine / overall, String.format(Locale.ROOT, "has a higher %s (median %s against %s)",
                    words, plain(mine), plain(overall))));
        } else if (mine > 0 && overall >= MIN_LIFT * mine) {
            found.add(new Trait(overall / mine, String.format(Locale.ROOT, "has a lower %s (median %s against %s)",
                    words, plain(mine), plain(overall))));
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
