package dev.propensity.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Conversion and value by grade, the check revenue teams use (how much of the wins the top grade holds in
 * what share of leads) and how many times more often A converts than D, each rate with its 95 % interval.
 *
 * @param rows        one per grade, A to D
 * @param aToD        A's conversion divided by D's (NaN when either has no leads or D no wins)
 * @param aToDLow     lower end of its 95 % interval (Katz log method)
 * @param aToDHigh    upper end
 */
public record GradeReport(List<Row> rows, double aToD, double aToDLow, double aToDHigh) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @param grade       the grade
     * @param leads       leads with it
     * @param wins        of which won
     * @param conversion  wins / leads
     * @param low         Wilson 95 % interval, lower end
     * @param high        upper end
     * @param shareLeads  share of all leads
     * @param shareWins   share of all wins
     * @param value       won amount, NaN without amounts
     */
    public record Row(Grade grade, long leads, long wins, double conversion, double low, double high,
                      double shareLeads, double shareWins, double value) {
    }

    /** @param amounts each lead's won amount (0 for a loss), or null when there are none */
    public static GradeReport of(Grade[] grades, byte[] won, double[] amounts) {
        long[] leads = new long[4];
        long[] wins = new long[4];
        double[] value = new double[4];
        long totalWins = 0;
        for (int i = 0; i < grades.length; i++) {
            int g = grades[i].ordinal();
            leads[g]++;
            wins[g] += won[i];
            totalWins += won[i];
            if (amounts != null && won[i] == 1 && !Double.isNaN(amounts[i])) {
                value[g] += amounts[i];
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Grade g : Grade.values()) {
            int k = g.ordinal();
            double rate = leads[k] == 0 ? Double.NaN : (double) wins[k] / leads[k];
            double[] wilson = wilson(wins[k], leads[k]);
            rows.add(new Row(g, leads[k], wins[k], rate, wilson[0], wilson[1],
                    grades.length == 0 ? Double.NaN : (double) leads[k] / grades.length,
                    totalWins == 0 ? Double.NaN : (double) wins[k] / totalWins, amounts == null ? Double.NaN : value[k]));
        }
        long a = wins[0];
        long na = leads[0];
        long d = wins[3];
        long nd = leads[3];
        double ratio = Double.NaN;
        double low = Double.NaN;
        double high = Double.NaN;
        if (na > 0 && nd > 0 && a > 0 && d > 0) {
            ratio = ((double) a / na) / ((double) d / nd);
            double se = Math.sqrt(1.0 / a - 1.0 / na + 1.0 / d - 1.0 / nd);
            low = ratio * Math.exp(-1.96 * se);
            high = ratio * Math.exp(1.96 * se);
        }
        return new GradeReport(rows, ratio, low, high);
    }

    /** The Wilson score interval at 95 %: {@code (p + z²/2n ± z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)}. */
    static double[] wilson(long wins, long n) {
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double z = 1.96;
        double p = (double) wins / n;
        double denominator = 1 + z * z / n;
        double centre = p + z * z / (2.0 * n);
        double spread = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
        return new double[] {(centre - spread) / denominator, (centre + spread) / denominator};
    }

    public Row row(Grade grade) {
        return rows.get(grade.ordinal());
    }

    /**
     * The revenue teams' check on the top grades: what share of the leads they are and what share of the wins they
     * hold.
     *
     * @param grades     "A" or "A+B"
     * @param shareLeads their share of all leads
     * @param shareWins  their share of all wins
     */
    public record TopShare(String grades, double shareLeads, double shareWins) {
    }

    /** A alone, then A and B together. */
    public List<TopShare> topShares() {
        Row a = row(Grade.A);
        Row b = row(Grade.B);
        return List.of(new TopShare("A", a.shareLeads(), a.shareWins()),
                new TopShare("A+B", a.shareLeads() + b.shareLeads(), a.shareWins() + b.shareWins()));
    }

    /**
     * The check in words: "A: 19.1 % of the leads hold 42.6 % of the wins; A+B: 36.9 % of the leads hold 64.6 % of
     * the wins. A converts 6.2× as often as D (95 % interval 4.5-8.4)."
     */
    public String check() {
        StringBuilder text = new StringBuilder();
        for (TopShare t : topShares()) {
            text.append(text.length() == 0 ? "" : "; ").append(String.format(Locale.ROOT,
                    "%s: %s of the leads hold %s of the wins", t.grades(), percent(t.shareLeads()), percent(t.shareWins())));
        }
        text.append(". ");
        if (Double.isNaN(aToD)) {
            text.append("A and D cannot be compared: one of them has no leads or no wins.");
        } else {
            text.append(String.format(Locale.ROOT, "A converts %.1f× as often as D (95 %% interval %.1f-%.1f).",
                    aToD, aToDLow, aToDHigh));
        }
        return text.toString();
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
    }

    public ObjectNode toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode array = root.putArray("by_grade");
        for (Row r : rows) {
            ObjectNode o = array.addObject();
            o.put("grade", r.grade().name()).put("leads", r.leads()).put("wins", r.wins());
            number(o, "conversion", r.conversion());
            number(o, "conversion_low", r.low());
            number(o, "conversion_high", r.high());
            number(o, "share_of_leads", r.shareLeads());
            number(o, "share_of_wins", r.shareWins());
            number(o, "won_value", r.value());
        }
        ObjectNode ratio = root.putObject("a_to_d_conversion_ratio");
        number(ratio, "ratio", aToD);
        number(ratio, "low", aToDLow);
        number(ratio, "high", aToDHigh);
        ArrayNode top = root.putArray("top_grades");
        for (TopShare t : topShares()) {
            ObjectNode o = top.addObject().put("grades", t.grades());
            number(o, "share_of_leads", t.shareLeads());
            number(o, "share_of_wins", t.shareWins());
        }
        root.put("check", check());
        return root;
    }

    /** A few lines for a terminal or a README. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        text.append("grade  leads   share  wins  conversion (95 % interval)  share of wins\n");
        for (Row r : rows) {
            text.append(String.format(Locale.ROOT, "%-5s %6d %6.1f%% %5d  %5.1f%% (%4.1f-%4.1f)          %5.1f%%%n",
                    r.grade(), r.leads(), 100 * r.shareLeads(), r.wins(), 100 * r.conversion(), 100 * r.low(),
                    100 * r.high(), 100 * r.shareWins()));
        }
        text.append(String.format(Locale.ROOT, "A converts %.1f× as often as D (95 %% interval %.1f-%.1f)%n", aToD, aToDLow, aToDHigh));
        return text.toString();
    }

    static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }
}
