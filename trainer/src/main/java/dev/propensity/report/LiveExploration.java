package dev.propensity.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the exploration share (issue 9) has measured so far: the leads whose rep list was drawn at random, the
 * outcomes that came back for them, and the win rate of each rep drawn first. Because the draw ignores how reps
 * are usually assigned, these rates are free of that bias, but they need many outcomes to say anything.
 *
 * @param explored     explored leads scored in the window
 * @param outcomes     of those, how many have an outcome
 * @param wins         of those outcomes, how many were won
 * @param winRate      wins / outcomes, NaN without outcomes
 * @param reps         one row per rep drawn first, most outcomes first
 * @param enoughToTell whether every rep with explored outcomes has at least {@value #MIN_OUTCOMES} of them and
 *                     {@value #MIN_WINS} wins (the thin-evidence rule of the rep match)
 * @param sentence     what can be said, in plain words
 */
public record LiveExploration(long explored, long outcomes, long wins, double winRate, List<Rep> reps,
                              boolean enoughToTell, String sentence) {
    /** Fewer outcomes than this for a rep is too little to tell. */
    public static final int MIN_OUTCOMES = 30;
    /** Fewer wins than this for a rep is too little to tell. */
    public static final int MIN_WINS = 5;
    /** The prior's weight in leads: the smoothed rate is (wins + 2m) / (outcomes + 2), m the explored win rate. */
    static final double PRIOR_LEADS = 2;

    /**
     * One rep's explored leads.
     *
     * @param smoothedWinRate (wins + 2m) / (outcomes + 2), m the win rate of all explored outcomes; NaN without any
     * @param thin            fewer than {@value #MIN_OUTCOMES} outcomes or {@value #MIN_WINS} wins
     */
    public record Rep(String rep, long leads, long outcomes, long wins, double smoothedWinRate, boolean thin) {
    }

    /**
     * One explored lead.
     *
     * @param rep the rep listed first
     * @param won true won, false lost, null while no outcome came back
     */
    public record Lead(String rep, Boolean won) {
    }

    public LiveExploration {
        reps = List.copyOf(reps);
    }

    /** Tabulates explored leads. */
    public static LiveExploration of(List<Lead> leads) {
        Map<String, long[]> byRep = new TreeMap<>();
        long outcomes = 0;
        long wins = 0;
        for (Lead lead : leads) {
            long[] counts = byRep.computeIfAbsent(lead.rep(), r -> new long[3]);
            counts[0]++;
            if (lead.won() != null) {
                counts[1]++;
                outcomes++;
                if (lead.won()) {
                    counts[2]++;
                    wins++;
                }
            }
        }
        double m = outcomes == 0 ? Double.NaN : (double) wins / outcomes;
        List<Rep> reps = new ArrayList<>();
        boolean enough = outcomes > 0;
        for (Map.Entry<String, long[]> e : byRep.entrySet()) {
            long[] c = e.getValue();
            boolean thin = c[1] < MIN_OUTCOMES || c[2] < MIN_WINS;
            enough &= c[1] == 0 || !thin;
            reps.add(new Rep(e.getKey(), c[0], c[1], c[2], (c[2] + PRIOR_LEADS * m) / (c[1] + PRIOR_LEADS), thin));
        }
        reps.sort((a, b) -> Long.compare(b.outcomes(), a.outcomes()));
        return new LiveExploration(leads.size(), outcomes, wins, m, reps, enough,
                sentence(leads.size(), outcomes, reps, enough));
    }

    private static String sentence(long explored, long outcomes, List<Rep> reps, boolean enough) {
        if (explored == 0) {
            return "No lead has been explored yet: nothing is measured about reps without the bias of how they are"
                    + " usually assigned.";
        }
        if (enough) {
            return String.format(Locale.ROOT, "%d explored leads, %d outcomes back: every rep drawn has at least %d"
                    + " outcomes and %d wins, so their explored win rates can be compared (each with its count).",
                    explored, outcomes, MIN_OUTCOMES, MIN_WINS);
        }
        long thin = reps.stream().filter(Rep::thin).count();
        return String.format(Locale.ROOT, "Too little to tell yet: %d explored leads, %d outcomes back; %d of %d reps"
                + " have fewer than %d outcomes or %d wins, so their explored win rates do not yet say which rep"
                + " wins more.", explored, outcomes, thin, reps.size(), MIN_OUTCOMES, MIN_WINS);
    }
}
