package dev.propensity.grade;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Learns {@link DecayEngagement} from history. Procedure: the training rows are split by time, the earliest 75 %
 * to fit and the latest 25 % to choose; every type starts at a 14-day half-life; two sweeps of coordinate search
 * try each half-life of {@link #GRID} for one type at a time, fitting the weights (logistic regression on the
 * decayed counts) on the fitting rows and keeping the half-life with the lowest log loss on the choosing rows.
 * The weights are then refitted on all training rows with the chosen half-lives.
 */
public final class DecayEngagementFitter {
    /** Candidate half-lives, in days. */
    public static final double[] GRID = {1, 3, 7, 14, 30, 60, 120};
    static final double START = 14;
    static final int SWEEPS = 2;

    private DecayEngagementFitter() {
    }

    /**
     * @param events   each training row's events
     * @param asOf     the moment each row was scored (its timestamp)
     * @param won      each row's outcome
     * @param choosing which rows choose the half-lives (the others fit the weights)
     */
    public static DecayEngagement fit(List<List<ActivityEvent>> events, Instant[] asOf, byte[] won, boolean[] choosing) {
        TreeSet<String> typeSet = new TreeSet<>();
        events.forEach(list -> list.forEach(e -> typeSet.add(e.type().strip().toLowerCase(Locale.ROOT))));
        List<String> types = new ArrayList<>(typeSet);
        double[] halfLives = new double[types.size()];
        java.util.Arrays.fill(halfLives, START);
        int[] fitRows = rows(choosing, false);
        int[] chooseRows = rows(choosing, true);
        for (int sweep = 0; sweep < SWEEPS && chooseRows.length > 0 && fitRows.length > 0; sweep++) {
            for (int t = 0; t < types.size(); t++) {
                double best = Double.POSITIVE_INFINITY;
                double bestH = halfLives[t];
                for (double h : GRID) {
                    halfLives[t] = h;
                    DecayEngagement probe = new DecayEngagement(types, halfLives.clone(), new double[types.size()], 0);
                    double[] beta = SmallLogistic.fit(levels(probe, events, asOf, fitRows), pick(won, fitRows));
                    double loss = SmallLogistic.logLoss(beta, levels(probe, events, asOf, chooseRows), pick(won, chooseRows));
                    if (loss < best - 1e-12) {
                        best = loss;
                        bestH = h;
                    }
                }
                halfLives[t] = bestH;
            }
        }
        DecayEngagement chosen = new DecayEngagement(types, halfLives, new double[types.size()], 0);
        int[] all = new int[won.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        double[] beta = SmallLogistic.fit(levels(chosen, events, asOf, all), won);
        return new DecayEngagement(types, halfLives, java.util.Arrays.copyOfRange(beta, 1, beta.length), beta[0]);
    }

    private static double[][] levels(DecayEngagement model, List<List<ActivityEvent>> events, Instant[] asOf, int[] rows) {
        double[][] x = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            x[i] = model.levels(events.get(rows[i]), asOf[rows[i]]);
        }
        return x;
    }

    private static int[] rows(boolean[] choosing, boolean which) {
        int count = 0;
        for (boolean c : choosing) {
            count += c == which ? 1 : 0;
        }
        int[] rows = new int[count];
        int k = 0;
        for (int i = 0; i < choosing.length; i++) {
            if (choosing[i] == which) {
                rows[k++] = i;
            }
        }
        return rows;
    }

    private static byte[] pick(byte[] values, int[] rows) {
        byte[] picked = new byte[rows.length];
        for (int i = 0; i < rows.length; i++) {
            picked[i] = values[rows[i]];
        }
        return picked;
    }
}
