package dev.propensity.notebook.display;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.dflib.jjava.jupyter.kernel.display.DisplayDataRenderable;
import org.dflib.jjava.jupyter.kernel.display.RenderContext;
import org.dflib.jjava.jupyter.kernel.display.common.Image;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/**
 * Horizontal bars, one per label, each with an optional interval drawn as a whisker: win rates by field level,
 * population stability by input. Shown as PNG; its text form lists the bars. Immutable: {@link #bar} returns a new
 * chart.
 *
 * @param title  what the chart shows
 * @param xLabel what the bar length measures
 * @param bars   the bars, top to bottom
 */
public record BarChart(String title, String xLabel, List<Bar> bars) implements DisplayDataRenderable {
    /** One bar; {@code low} and {@code high} are NaN without an interval. */
    public record Bar(String label, double value, double low, double high) {
        boolean hasInterval() {
            return !Double.isNaN(low) && !Double.isNaN(high);
        }
    }

    public BarChart {
        bars = List.copyOf(bars);
    }

    /** An empty chart. */
    public static BarChart of(String title, String xLabel) {
        return new BarChart(title, xLabel, List.of());
    }

    /** This chart with one more bar. */
    public BarChart bar(String label, double value) {
        return bar(label, value, Double.NaN, Double.NaN);
    }

    /** This chart with one more bar and its interval from {@code low} to {@code high}. */
    public BarChart bar(String label, double value, double low, double high) {
        List<Bar> more = new ArrayList<>(bars);
        more.add(new Bar(label, value, low, high));
        return new BarChart(title, xLabel, more);
    }

    /** The chart drawn. */
    public BufferedImage image() {
        return frame().image;
    }

    /** The chart as PNG bytes. */
    public byte[] png() {
        return frame().png();
    }

    private ChartFrame frame() {
        ChartFrame f = new ChartFrame(title, 105 + 24 * Math.max(1, bars.size()), 190);
        double min = 0;
        double max = 0;
        for (Bar bar : bars) {
            min = Math.min(min, bar.hasInterval() ? Math.min(bar.low(), bar.value()) : bar.value());
            max = Math.max(max, bar.hasInterval() ? Math.max(bar.high(), bar.value()) : bar.value());
        }
        if (max == min) {
            max = min + 1;
        }
        f.xAxis(min, max, xLabel);
        int rowHeight = (f.bottom - f.top) / Math.max(1, bars.size());
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = f.top + i * rowHeight;
            int zero = f.x(0, min, max);
            int end = f.x(bar.value(), min, max);
            f.g.setColor(ChartFrame.PALETTE[0]);
            f.g.fillRect(Math.min(zero, end), y + 3, Math.max(1, Math.abs(end - zero)), rowHeight - 6);
            if (bar.hasInterval()) {
                int lo = f.x(bar.low(), min, max);
                int hi = f.x(bar.high(), min, max);
                int mid = y + rowHeight / 2;
                f.g.setColor(Color.BLACK);
                f.g.drawLine(lo, mid, hi, mid);
                f.g.drawLine(lo, mid - 4, lo, mid + 4);
                f.g.drawLine(hi, mid - 4, hi, mid + 4);
            }
            f.g.setColor(Color.DARK_GRAY);
            String label = bar.label().length() > 28 ? bar.label().substring(0, 27) + "…" : bar.label();
            f.g.drawString(label, f.left - 8 - f.g.getFontMetrics().stringWidth(label), y + rowHeight / 2 + 4);
        }
        return f;
    }

    /** One line per bar: label, value and interval. */
    public String text() {
        StringBuilder text = new StringBuilder(title).append(" (").append(xLabel).append(")");
        for (Bar bar : bars) {
            text.append(String.format(Locale.ROOT, "%n  %s: %.3f", bar.label(), bar.value()));
            if (bar.hasInterval()) {
                text.append(String.format(Locale.ROOT, " [%.3f, %.3f]", bar.low(), bar.high()));
            }
        }
        return text.toString();
    }

    @Override
    public Set<MIMEType> getSupportedRenderTypes() {
        return Set.of(MIMEType.IMAGE_PNG, MIMEType.TEXT_PLAIN);
    }

    @Override
    public Set<MIMEType> getPreferredRenderTypes() {
        return Set.of(MIMEType.IMAGE_PNG);
    }

    @Override
    public void render(RenderContext context) {
        Image.renderImage(image(), context);
        context.renderIfRequested(MIMEType.TEXT_PLAIN, this::text);
    }
}
