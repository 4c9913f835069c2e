package dev.propensity.report;

import java.util.List;

/** Small pieces of HTML, every text escaped: metric cards that carry their exact figure, and tables. */
final class Html {
    private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile("[-+×≤>–]?\\s?[0-9]|n/a$|–$");

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A metric card. {@code pointer} is the figure's JSON pointer in the report (such as
     * {@code /discrimination/roc_auc}) and {@code value} its exact value, kept in data attributes so that a
     * reader or a test can check the page against {@code report.json}.
     */
    static String card(String label, String pointer, double value, String shown, String hint) {
        return "<div class=\"card metric\" data-key=\"" + escape(pointer) + "\" data-value=\""
                + (Double.isFinite(value) ? Double.toString(value) : "null") + "\"><div class=\"label\">"
                + escape(label) + "</div><div class=\"value\">" + escape(shown) + "</div><div class=\"hint\">"
                + escape(hint) + "</div></div>\n";
    }

    /**
     * A figure inside a table cell that carries its JSON pointer and exact value like a {@link #card}, so the page can
     * be checked against the JSON figure by figure.
     */
    static String figure(String pointer, double value, String shown) {
        return "<span data-key=\"" + escape(pointer) + "\" data-value=\""
                + (Double.isFinite(value) ? Double.toString(value) : "null") + "\">" + escape(shown) + "</span>";
    }

    /** A table; cells are escaped text, except that a cell starting with {@code <span} is kept as markup. */
    static String table(List<String> header, List<List<String>> rows, List<String> rowClasses) {
        StringBuilder out = new StringBuilder("<table><thead><tr>");
        for (int c = 0; c < header.size(); c++) {
            // A header sits on the same side as its column's first cell.
            String first = rows.isEmpty() || rows.get(0).size() <= c ? "0" : rows.get(0).get(c);
            boolean text = first != null && !first.startsWith("<span") && !NUMERIC.matcher(first).lookingAt();
            out.append(text ? "<th class=\"text\">" : "<th>").append(escape(header.get(c))).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (int r = 0; r < rows.size(); r++) {
            String cls = rowClasses == null ? "" : rowClasses.get(r);
            out.append(cls.isEmpty() ? "<tr>" : "<tr class=\"" + escape(cls) + "\">");
            for (String cell : rows.get(r)) {
                boolean markup = cell != null && cell.startsWith("<span");
                // Figures line up on the right; words read better on the left.
                out.append(markup || NUMERIC.matcher(cell == null ? "" : cell).lookingAt() ? "<td>" : "<td class=\"text\">")
                        .append(markup ? cell : escape(cell)).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</tbody></table>\n").toString();
    }

    /** A canvas the page script draws a chart into. */
    static String chart(String id, String title, boolean tall) {
        return chart(id, title, tall ? 380 : 290);
    }

    /** A chart of a given height in pixels, for bar charts that grow with their number of bars. */
    static String chart(String id, String title, int height) {
        return "<div class=\"card\"><h3>" + escape(title) + "</h3><div class=\"chart\" style=\"height: " + height
                + "px\"><canvas id=\"" + id + "\" role=\"img\" aria-label=\"" + escape(title) + "\"></canvas></div></div>\n";
    }

    /** A judgement coloured: "better" green, "worse" red. */
    static String judged(String judgement) {
        return "<span class=\"" + escape(judgement) + "\">" + escape(judgement) + "</span>";
    }
}
