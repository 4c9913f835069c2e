package dev.propensity.notebook.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class ChartsTest {
    @Test
    void aBarChartGrowsWithItsBarsAndDrawsThemInColour() throws IOException {
        BarChart two = BarChart.of("Win rate by source", "win rate").bar("web", 0.2).bar("referral", 0.4, 0.35, 0.45);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(two.png()));
        BufferedImage taller = two.bar("event", 0.1).image();
        assertTrue(taller.getHeight() > image.getHeight());
        assertTrue(countColoured(image) > 500, "bars are drawn, not just axes");
        assertEquals("Win rate by source (win rate)\n  web: 0.200\n  referral: 0.400 [0.350, 0.450]",
                two.text().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aLineChartDrawsEachSeriesAndItsLegend() throws IOException {
        LineChart roc = LineChart.of("ROC", "false positive rate", "true positive rate").withDiagonal()
                .series("v1", new double[] {0, 0.2, 1}, new double[] {0, 0.7, 1});
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(roc.png()));
        assertEquals(ChartFrame.WIDTH, image.getWidth());
        assertTrue(countColoured(image) > 200);
        assertTrue(roc.text().contains("v1: 3 points, last (1.000, 1.000)"), roc.text());
        assertNotEquals(roc, roc.series("v2", new double[] {0}, new double[] {0}));
    }

    @Test
    void aSeriesWithMismatchedPointsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LineChart.of("t", "x", "y").series("s", new double[2], new double[3]));
    }

    /** Pixels that are neither white nor grey: the drawn series or bars. */
    private static int countColoured(BufferedImage image) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
                    count++;
                }
            }
        }
        return count;
    }
}
