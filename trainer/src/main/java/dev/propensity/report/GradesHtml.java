package dev.propensity.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.propensity.grade.Grade;
import java.util.ArrayList;
import java.util.List;

/**
 * The grades section of a version report or the live report, drawn from the grade report's JSON (the one
 * {@code dev.propensity.grade.GradeReport} writes): conversion and won value by grade with Wilson intervals, the
 * fit × engagement quadrants when measured, and the revenue teams' check. Every figure carries its JSON pointer.
 */
final class GradesHtml {
    private GradesHtml() {
    }

    /**
     * @param grades the grade report JSON, found at {@code base} in the page's JSON (such as {@code /grades})
     * @param intro  what the rows are (held-out leads with the thresholds alone, or live outcomes with rules)
     */
    static void render(JsonNode grades, String base, String intro, StringBuilder body) {
        body.append("<h2>Grades: does A convert more often than D?</h2>\n<p class=\"note\">").append(Html.escape(intro))
                .append("</p>\n");
        JsonNode ratio = grades.path("a_to_d_conversion_ratio");
        JsonNode top = grades.path("top_grades");
        body.append("<section class=\"cards\">\n")
                .append(Html.card("A against D", base + "/a_to_d_conversion_ratio/ratio", number(ratio.path("ratio")),
                        Double.isFinite(number(ratio.path("ratio"))) ? "×" + Labels.fixed(number(ratio.path("ratio")), 1) : "n/a",
                        "conversion of A over D; 95 % interval " + Labels.fixed(number(ratio.path("low")), 1) + "–"
                                + Labels.fixed(number(ratio.path("high")), 1)));
        for (int k = 0; k < top.size(); k++) {
            JsonNode t = top.get(k);
            body.append(Html.card("Wins held by " + t.path("grades").asText(), base + "/top_grades/" + k + "/share_of_wins",
                    number(t.path("share_of_wins")), Labels.percent(number(t.path("share_of_wins"))),
                    "in " + Labels.percent(number(t.path("share_of_leads"))) + " of the leads"));
        }
        body.append("</section>\n<p class=\"note\">").append(Html.escape(grades.path("check").asText())).append("</p>\n");
        byGrade(grades, base, body);
        if (grades.path("quadrants").isArray()) {
            quadrants(grades.path("quadrants"), base, body);
        }
    }

    private static void byGrade(JsonNode grades, String base, StringBuilder body) {
        JsonNode rows = grades.path("by_grade");
        boolean value = false;
        for (JsonNode r : rows) {
            value |= r.path("won_value").isNumber();
        }
        List<List<String>> table = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            JsonNode r = rows.get(k);
            String at = base + "/by_grade/" + k + "/";
            String letter = r.path("grade").asText();
            String named = Grade.parse(letter).map(g -> letter + " (" + g.defaultRoute() + ")").orElse(letter);
            List<String> cells = new ArrayList<>(List.of(named,
                    Html.figure(at + "leads", r.path("leads").asDouble(), Long.toString(r.path("leads").asLong())),
                    figure(at + "share_of_leads", r.path("share_of_leads")),
                    Html.figure(at + "wins", r.path("wins").asDouble(), Long.toString(r.path("wins").asLong())),
                    figure(at + "share_of_wins", r.path("share_of_wins")),
                    figure(at + "conversion", r.path("conversion")),
                    figure(at + "conversion_low", r.path("conversion_low")) + " – "
                            + figure(at + "conversion_high", r.path("conversion_high"))));
            if (value) {
                double v = number(r.path("won_value"));
                cells.add(Html.figure(at + "won_value", v, Labels.number(v)));
            }
            table.add(cells);
        }
        List<String> header = new ArrayList<>(List.of("Grade", "Leads", "Share of leads", "Wins", "Share of wins",
                "Conversion", "95 % interval"));
        if (value) {
            header.add("Won value");
        }
        body.append(Html.table(header, table, null));
    }

    private static void quadrants(JsonNode cells, String base, StringBuilder body) {
        body.append("<h3>Fit × engagement</h3>\n<p class=\"note\">Each quadrant: the grade its thresholds give, its "
                + "leads and share of the leads, its wins, how often they converted (95 % interval) and, where amounts "
                + "are known, the value won.</p>\n");
        List<List<String>> rows = new ArrayList<>();
        for (String fit : new String[] {"high", "low"}) {
            List<String> row = new ArrayList<>(List.of("fit " + fit));
            for (String engagement : new String[] {"high", "low"}) {
                for (int k = 0; k < cells.size(); k++) {
                    JsonNode c = cells.get(k);
                    if (c.path("fit").asText().equals(fit) && c.path("engagement").asText().equals(engagement)) {
                        row.add(quadrant(c, base + "/quadrants/" + k + "/"));
                    }
                }
            }
            rows.add(row);
        }
        body.append(Html.table(List.of("", "Engagement high", "Engagement low"), rows, null));
    }

    /** One cell: "A: 12 leads (30.0 %), 3 wins, 25.0 % convert (8.9 % – 53.2 %), won 4,000". */
    private static String quadrant(JsonNode c, String at) {
        StringBuilder cell = new StringBuilder("<span>").append(Html.escape(c.path("grade").asText())).append(": ")
                .append(Html.figure(at + "leads", c.path("leads").asDouble(), Long.toString(c.path("leads").asLong())))
                .append(" leads (").append(figure(at + "share_of_leads", c.path("share_of_leads"))).append("), ")
                .append(Html.figure(at + "wins", c.path("wins").asDouble(), Long.toString(c.path("wins").asLong())))
                .append(" wins, ").append(figure(at + "conversion", c.path("conversion"))).append(" convert (")
                .append(figure(at + "conversion_low", c.path("conversion_low"))).append(" – ")
                .append(figure(at + "conversion_high", c.path("conversion_high"))).append(")");
        if (c.path("won_value").isNumber()) {
            double v = c.path("won_value").asDouble();
            cell.append(", won ").append(Html.figure(at + "won_value", v, Labels.number(v)));
        }
        return cell.append("</span>").toString();
    }

    private static String figure(String pointer, JsonNode share) {
        double v = number(share);
        return Html.figure(pointer, v, Labels.percent(v));
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }
}
