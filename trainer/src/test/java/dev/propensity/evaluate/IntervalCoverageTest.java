package dev.propensity.evaluate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.generate.GeneratorSettings;
import dev.propensity.generate.SyntheticCrm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AUC interval holds the truth at its stated rate. The population is 20,000 leads of the synthetic generator
 * with their true win probabilities; the true AUC of scoring a lead by its true probability is computed exactly
 * over that population (a win drawn in proportion to p, a loss in proportion to 1 - p). Each of 600 draws
 * samples 400 leads from it, draws their outcomes from the truth, and asks whether DeLong's 95 % interval
 * holds the true AUC. With 600 draws the observed rate has a standard error of 0.9 points.
 */
class IntervalCoverageTest {
    @TempDir
    Path dir;

    @Test
    void deLongIntervalsCoverTheGeneratorsTrueAucAboutNinetyFivePercentOfTheTime() throws IOException {
        new SyntheticCrm(new GeneratorSettings(20_000, 17, false)).generate(dir, n -> {
        });
        double[] truth = trueProbabilities(dir.resolve("ground_truth.csv"));
        double trueAuc = populationAuc(truth);
        SplittableRandom random = new SplittableRandom(99);
        int draws = 600;
        int covered = 0;
        for (int d = 0; d < draws; d++) {
            double[] p = new double[400];
            byte[] won = new byte[p.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = truth[random.nextInt(truth.length)];
                won[i] = (byte) (random.nextDouble() < p[i] ? 1 : 0);
            }
            covered += DeLong.interval(p, won).contains(trueAuc) ? 1 : 0;
        }
        double rate = (double) covered / draws;
        assertTrue(rate >= 0.925 && rate <= 0.975, "coverage " + rate + " of true AUC " + trueAuc);
    }

    private static double[] trueProbabilities(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int column = Arrays.asList(lines.get(0).split(",")).indexOf("true_probability");
        return lines.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[column])).toArray();
    }

    /** P(score of a random win > score of a random loss) + half the ties, wins weighted by p, losses by 1 - p. */
    static double populationAuc(double[] p) {
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        double lossesBelow = 0;
        double pairs = 0;
        double winMass = 0;
        int k = 0;
        while (k < sorted.length) {
            int end = k;
            double groupWin = 0;
            double groupLoss = 0;
            while (end < sorted.length && sorted[end] == sorted[k]) {
                groupWin += sorted[end];
                groupLoss += 1 - sorted[end];
                end++;
            }
            pairs += groupWin * (lossesBelow + 0.5 * groupLoss);
            lossesBelow += groupLoss;
            winMass += groupWin;
            k = end;
        }
        return pairs / (winMass * lossesBelow);
    }
}
