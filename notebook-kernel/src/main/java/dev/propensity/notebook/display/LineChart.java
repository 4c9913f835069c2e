package dev.propensity.notebook.display;

import java.awt.BasicStroke;
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
 * Lines through points, one colour per series, with an optional dashed diagonal (the chance line of a ROC curve,
 * the perfect line of a calibration plot): curves from a report, AUC week by week. Shown as PNG. Immutable.
 *
 * @param title    what the chart shows
 * @param xLabel   the horizontal axis
 * @param yLabel   the vertical axis
 * @param series   the lines
 * @param diagonal whether to draw y = x
 */
public record LineChart(String title, String xLabel, String yLabel, List<Series> series, boolean diagonal)
        implements DisplayDataRenderable {
    /** One line: its name in the legend and its points. */
    public record Series(String name, double[] x, double[] y) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("series '" + name + "' has " + x.length + " x and " + y.length + " y values");
            }
            x = x.clone();
            y = y.clone();
        }
    }

    public LineChart {
        series = List.copyOf(series);
    }

    /** An empty chart. */
    public static LineChart of(String title, String xLabel, String yLabel) {
        return new LineChart(title, xLabel, yLabel, List.of(), false);
    }

    /** This chart with one more line. */
    public LineChart series(String name, double[] x, double[] y) {
        List<Series> more = new ArrayList<>(series);
        more.add(new Series(name, x, y));
        return new LineChart(title, xLabel, yLabel, more, diagonal);
    }

    /** This chart with the line y = x drawn dashed. */
    public LineChart withDiagonal() {
        return new LineChart(title, xLabel, yLabel, series, true);
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
        double[] range = range();
        ChartFrame f = new ChartFrame(title, 400, 60);
        f.yAxis(range[2], range[3], yLabel);
        f.xAxis(range[0], range[1], xLabel);
        if (diagonal) {
            double lo = Math.max(range[0], range[2]);
            double hi = Math.min(range[1], range[3]);
            f.g.setColor(Color.GRAY);
            f.g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {5, 5}, 0));
            f.g.drawLine(f.x(lo, range[0], range[1]), f.y(lo, range[2], range[3]),
                    f.x(hi, range[0], range[1]), f.y(hi, range[2], range[3]));
        }
        f.stroke(2);
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            f.g.setColor(ChartFrame.PALETTE[s % ChartFrame.PALETTE.length]);
            for (int i = 1; i < line.x().length; i++) {
                if (Double.isNaN(line.y()[i - 1]) || Double.isNaN(line.y()[i])) {
                    continue;
                }
                f.g.drawLine(f.x(line.x()[i - 1], range[0], range[1]), f.y(line.y()[i - 1], range[2], range[3]),
                        f.x(line.x()[i], range[0], range[1]), f.y(line.y()[i], range[2], range[3]));
            }
            if (line.x().length == 1) {
                f.g.fillOval(f.x(line.x()[0], range[0], range[1]) - 3, f.y(line.y()[0], range[2], range[3]) - 3, 6, 6);
            }
            f.g.fillRect(f.right - 170, f.top + 4 + 16 * s, 12, 3);
            f.g.setColor(Color.DARK_GRAY);
            f.g.drawString(line.name(), f.right - 152, f.top + 9 + 16 * s);
        }
        return f;
    }

    /** x min, x max, y min, y max over every finite point; [0, 1] on an axis without any. */
    private double[] range() {
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Series line : series) {
            for (int i = 0; i < line.x().length; i++) {
                if (Double.isFinite(line.x()[i]) && Double.isFinite(line.y()[i])) {
                    r[0] = Math.min(r[0], line.x()[i]);
                    r[1] = Math.max(r[1], line.x()[i]);
                    r[2] = Math.min(r[2], line.y()[i]);
                    r[3] = Math.max(r[3], line.y()[i]);
                }
            }
        }
        if (diagonal && Double.isFinite(r[0])) {
            // One scale on both axes, so that y = x is the 45-degree line the eye compares against.
            double lo = Math.min(r[0], r[2]);
            double hi = Math.max(r[1], r[3]);
            r = new double[] {lo, hi, lo, hi};
        }
        for (int axis = 0; axis < 4; axis += 2) {
            if (!Double.isFinite(r[axis])) {
                r[axis] = 0;
                r[axis + 1] = 1;
            } else if (r[axis + 1] == r[axis]) {
                r[axis + 1] = r[axis] + 1;
            }
        }
        return r;
    }

    /** One line per series: its name, number of points and last point. */
    public String text() {
        StringBuilder text = new StringBuilder(title).append(" (").append(yLabel).append(" by ").append(xLabel).append(")");
        for (Series line : series) {
            int n = line.x().length;
            text.append(String.format(Locale.ROOT, "%n  %s: %d points", line.name(), n));
            if (n > 0) {
                text.append(String.format(Locale.ROOT, ", last (%.3f, %.3f)", line.x()[n - 1], line.y()[n - 1]));
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
