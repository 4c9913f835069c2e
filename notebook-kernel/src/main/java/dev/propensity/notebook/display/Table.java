package dev.propensity.notebook.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dflib.jjava.jupyter.kernel.display.DisplayDataRenderable;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/**
 * A small table a cell shows as HTML (and as aligned text where HTML cannot be shown). Immutable: {@link #row}
 * returns a new table, so a table under construction can be shown at any step. Doubles are written with three
 * decimals; format anything else (a percentage, an interval) before adding it.
 *
 * @param headers column names
 * @param rows    cells, each row as long as {@code headers}
 */
public record Table(List<String> headers, List<List<String>> rows) implements DisplayDataRenderable {
    public Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of " + headers.size()
                        + " columns " + headers);
            }
        }
    }

    /** An empty table with these column names. */
    public static Table of(String... headers) {
        return new Table(List.of(headers), List.of());
    }

    /** This table with one more row; {@code cells} must match the headers in number. */
    public Table row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(format(cell));
        }
        List<List<String>> more = new ArrayList<>(rows);
        more.add(row);
        return new Table(headers, more);
    }

    /** The value in {@code column} of row {@code index} as it is shown. */
    public String cell(int index, String column) {
        int at = headers.indexOf(column);
        if (at < 0) {
            throw new IllegalArgumentException("no column '" + column + "' in " + headers);
        }
        return rows.get(index).get(at);
    }

    private static String format(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            double value = ((Number) cell).doubleValue();
            return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
        }
        return cell.toString();
    }

    /** The table as an HTML {@code <table>}, every cell escaped. */
    public String html() {
        StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
        headers.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(c -> html.append("<td>").append(escape(c)).append("</td>"));
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>").toString();
    }

    /** The table as text, columns padded to their widest cell. */
    public String text() {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = headers.get(i).length();
            for (List<String> row : rows) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendLine(text, headers, width);
        for (List<String> row : rows) {
            appendLine(text, row, width);
        }
        return text.toString().stripTrailing();
    }

    private static void appendLine(StringBuilder text, List<String> cells, int[] width) {
        for (int i = 0; i < cells.size(); i++) {
            boolean last = i + 1 == cells.size();
            text.append(last ? cells.get(i) : String.format(Locale.ROOT, "%-" + width[i] + "s  ", cells.get(i)));
        }
        text.append('\n');
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public Set<MIMEType> getSupportedRenderTypes() {
        return Set.of(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN);
    }

    @Override
    public Set<MIMEType> getPreferredRenderTypes() {
        return Set.of(MIMEType.TEXT_HTML);
    }

    @Override
    public void render(RenderContext context) {
        context.renderIfRequested(MIMEType.TEXT_HTML, this::html);
        context.renderIfRequested(MIMEType.TEXT_PLAIN, this::text);
    }

    @Override
    public String toString() {
        return text();
    }
}
