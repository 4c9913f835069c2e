package dev.propensity.notebook.display;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * The drawing surface both charts share: a white picture with a title, a plot area, and helpers that map data to
 * pixels and label the axes. Java2D in headless mode, so charts need no display, browser or network.
 */
final class ChartFrame {
    static final int WIDTH = 720;
    static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b)};

    final BufferedImage image;
    final Graphics2D g;
    final int left;
    final int top = 56;
    final int right = WIDTH - 20;
    final int bottom;

    ChartFrame(String title, int height, int left) {
        this.image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        this.left = left;
        this.bottom = height - 45;
        this.g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, left, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    }

    int x(double value, double min, double max) {
        return left + (int) Math.round((value - min) / span(min, max) * (right - left));
    }

    int y(double value, double min, double max) {
        return bottom - (int) Math.round((value - min) / span(min, max) * (bottom - top));
    }

    private static double span(double min, double max) {
        return max > min ? max - min : 1;
    }

    /** Draws the x axis from {@code min} to {@code max} with five ticks and its name. */
    void xAxis(double min, double max, String name) {
        g.setColor(Color.GRAY);
        g.drawLine(left, bottom, right, bottom);
        for (int i = 0; i <= 4; i++) {
            double value = min + (max - min) * i / 4;
            int px = x(value, min, max);
            g.drawLine(px, bottom, px, bottom + 4);
            g.drawString(tick(value), px - 12, bottom + 17);
        }
        g.drawString(name, (left + right) / 2 - g.getFontMetrics().stringWidth(name) / 2, bottom + 35);
    }

    /** Draws the y axis from {@code min} to {@code max} with five ticks, light grid lines and its name. */
    void yAxis(double min, double max, String name) {
        for (int i = 0; i <= 4; i++) {
            double value = min + (max - min) * i / 4;
            int py = y(value, min, max);
            g.setColor(new Color(0xeeeeee));
            g.drawLine(left, py, right, py);
            g.setColor(Color.GRAY);
            g.drawString(tick(value), left - 42, py + 4);
        }
        g.drawLine(left, top, left, bottom);
        g.drawString(name, 8, top - 12);
    }

    void stroke(float width) {
        g.setStroke(new BasicStroke(width));
    }

    static String tick(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 10_000) {
            return String.format(Locale.ROOT, "%.0fk", value / 1000);
        }
        return String.format(Locale.ROOT, magnitude >= 10 ? "%.0f" : "%.2f", value);
    }

    /** The finished picture as PNG bytes. */
    byte[] png() {
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart as PNG", e);
        }
    }
}
