package dev.propensity.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The fit × engagement matrix as revenue teams draw it: for each of its four quadrants (fit high or low, engagement
 * high or low, split at the version's thresholds) the share of leads in it, how often they converted and, where
 * amounts are known, the value they won. The version report (held-out leads) and the live report (the quadrant
 * logged with each score) both count through {@link #of}. Without
 * override rules a quadrant is exactly a grade (high/high = A, low/high = B, high/low = C, low/low = D); with rules
 * the grade table and this matrix differ by the leads the rules moved.
 *
 * @param cells the four quadrants, in the order A, B, C, D of {@link Grade#of}
 */
public record QuadrantMatrix(List<Cell> cells) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @param fitHigh        fit at or above its threshold
     * @param engagementHigh engagement at or above its threshold
     * @param leads          leads in the quadrant
     * @param wins           of which won
     * @param shareLeads     leads / all leads (NaN without leads)
     * @param conversion     wins / leads (NaN for an empty quadrant)
     * @param low            Wilson 95 % interval of the conversion, lower end
     * @param high           upper end
     * @param value          the won amounts summed, NaN without amounts
     */
    public record Cell(boolean fitHigh, boolean engagementHigh, long leads, long wins, double shareLeads,
                       double conversion, double low, double high, double value) {
        /** The grade the thresholds give this quadrant. */
        public Grade grade() {
            return Grade.of(fitHigh, engagementHigh);
        }
    }

    public QuadrantMatrix {
        cells = List.copyOf(cells);
    }

    /** Counts each lead into its quadrant, without amounts; the three arrays are one entry per lead. */
    public static QuadrantMatrix of(boolean[] fitHigh, boolean[] engagementHigh, byte[] won) {
        return of(fitHigh, engagementHigh, won, null);
    }

    /**
     * Counts each lead into its quadrant; the arrays are one entry per lead.
     *
     * @param amounts each lead's won amount (0 for a loss; NaN counts as 0), or null when there are none
     */
    public static QuadrantMatrix of(boolean[] fitHigh, boolean[] engagementHigh, byte[] won, double[] amounts) {
        long[] leads = new long[4];
        long[] wins = new long[4];
        double[] value = new double[4];
        for (int i = 0; i < won.length; i++) {
            int q = Grade.of(fitHigh[i], engagementHigh[i]).ordinal();
            leads[q]++;
            wins[q] += won[i];
            if (amounts != null && won[i] == 1 && !Double.isNaN(amounts[i])) {
                value[q] += amounts[i];
            }
        }
        List<Cell> cells = new ArrayList<>(4);
        for (Grade g : Grade.values()) {
            int q = g.ordinal();
            double[] wilson = GradeReport.wilson(wins[q], leads[q]);
            cells.add(new Cell(g.fitHigh(), g.engagementHigh(), leads[q], wins[q],
                    won.length == 0 ? Double.NaN : (double) leads[q] / won.length,
                    leads[q] == 0 ? Double.NaN : (double) wins[q] / leads[q], wilson[0], wilson[1],
                    amounts == null ? Double.NaN : value[q]));
        }
        return new QuadrantMatrix(cells);
    }

    public Cell cell(boolean fitHigh, boolean engagementHigh) {
        return cells.get(Grade.of(fitHigh, engagementHigh).ordinal());
    }

    /** {@code [{"fit": "high", "engagement": "high", "grade": "A", "leads", "wins", "share_of_leads", "conversion", ..., "won_value"}]} */
    public ArrayNode toJson() {
        ArrayNode array = MAPPER.createArrayNode();
        for (Cell c : cells) {
            ObjectNode o = array.addObject();
            o.put("fit", c.fitHigh() ? "high" : "low").put("engagement", c.engagementHigh() ? "high" : "low")
                    .put("grade", c.grade().name()).put("leads", c.leads()).put("wins", c.wins());
            GradeReport.number(o, "share_of_leads", c.shareLeads());
            GradeReport.number(o, "conversion", c.conversion());
            GradeReport.number(o, "conversion_low", c.low());
            GradeReport.number(o, "conversion_high", c.high());
            GradeReport.number(o, "won_value", c.value());
        }
        return array;
    }
}
