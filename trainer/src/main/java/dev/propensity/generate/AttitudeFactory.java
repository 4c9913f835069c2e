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
        {1.8, 2.0, 1.8, 4.8, 2.2, 4.6},
        {2.6, 4.8, 2.4, 2.4, 2.6, 3.6},
        {4.8, 3.4, 2.4, 1.4, 3.0, 2.2},
        {2.2, 3.0, 4.8, 2.0, 2.4, 2.6},
        {2.2, 2.0, 3.0, 3.0, 4.8, 1.3},
    };
    private static final double SD = 0.55;
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
