package dev.propensity.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Draws the psychographic battery of a lead that answered the survey. It uses a {@link Draw} of its own, so that
 * every column that existed before the battery keeps its values for a given seed. Tables are indexed by
 * {@link Persona} ordinal, one row per persona, one column per item of {@link Attitudes#COLUMNS}.
 */
final class AttitudeFactory {
    private static final double[][] MEANS = {
        {1.8, 2.0, 1.8, 4.7, 2.4, 4.5},
        {3.0, 4.5, 2.8, 2.9, 3.0, 3.6},
        {4.6, 3.6, 2.6, 1.5, 3.2, 2.6},
        {2.6, 3.4, 4.7, 2.4, 2.7, 3.0},
        {2.4, 2.6, 3.4, 3.4, 4.7, 1.4},
    };
    private static final double SD = 0.7;
    private static final double SKIPPED_ANSWER = 0.05;

    private final Draw draw;

    AttitudeFactory(Draw draw) {
        this.draw = draw;
    }

    Attitudes answer(Persona persona) {
        double[] means = MEANS[persona.ordinal()];
        List<Integer> answers = new ArrayList<>(means.length);
        for (double mean : means) {
            int value = (int) Math.round(draw.gaussian(mean, SD));
            answers.add(draw.chance(SKIPPED_ANSWER) ? null : Math.max(1, Math.min(5, value)));
        }
        return new Attitudes(Collections.unmodifiableList(answers));
    }
}
