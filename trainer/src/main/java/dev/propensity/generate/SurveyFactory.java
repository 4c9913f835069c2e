package dev.propensity.generate;

/**
 * Whether a lead answered the survey, and what: the persona colours every answer, the contact's seniority
 * colours the rep's view of their authority. Tables are indexed by {@link Persona} ordinal.
 */
final class SurveyFactory {
    private static final double[] RESPONSE_RATE = {0.72, 0.68, 0.62, 0.58, 0.48};
    private static final double SKIPPED_ANSWER = 0.06;
    private static final double[] INNOVATION = {4.2, 3.3, 2.1, 2.9, 3.1};
    private static final double[] RISK = {3.9, 3.0, 1.9, 2.7, 3.2};
    private static final double[] PRICE = {2.1, 3.0, 3.2, 4.5, 3.4};
    private static final double[] NEED = {4.1, 3.7, 3.3, 3.2, 2.2};
    /** Analytical, intuitive, consensus, directive. */
    private static final double[][] STYLE = {
        {0.20, 0.40, 0.10, 0.30},
        {0.50, 0.10, 0.25, 0.15},
        {0.30, 0.05, 0.50, 0.15},
        {0.55, 0.15, 0.20, 0.10},
        {0.25, 0.45, 0.20, 0.10},
    };
    private static final double[] BUDGET = {0.62, 0.52, 0.40, 0.34, 0.12};
    /** Under 3 months, 3-6, 6-12, over 12. */
    private static final double[][] TIMEFRAME = {
        {0.45, 0.30, 0.15, 0.10},
        {0.25, 0.35, 0.25, 0.15},
        {0.10, 0.25, 0.35, 0.30},
        {0.20, 0.30, 0.30, 0.20},
        {0.05, 0.12, 0.28, 0.55},
    };

    private final Draw draw;

    SurveyFactory(Draw draw) {
        this.draw = draw;
    }

    /** The lead's answers, or {@code null} when it never answered; {@code title} may be null (not recorded). */
    Survey answer(Persona persona, JobTitle title) {
        int p = persona.ordinal();
        if (!draw.chance(RESPONSE_RATE[p])) {
            return null;
        }
        Psychographics psychographics = new Psychographics(likert(INNOVATION[p]), likert(RISK[p]), likert(PRICE[p]),
                skippable(DecisionStyle.values()[draw.weighted(STYLE[p])]));
        Qualification qualification = new Qualification(skippable(draw.chance(BUDGET[p])), authority(persona, title),
                likert(NEED[p]), skippable(Timeframe.values()[draw.weighted(TIMEFRAME[p])]));
        return new Survey(psychographics, qualification);
    }

    private Integer likert(double mean) {
        int value = (int) Math.round(draw.gaussian(mean, 0.9));
        return skippable(Math.max(1, Math.min(5, value)));
    }

    /** Decision maker, influencer, user, unknown: mostly a matter of the title, a little of the persona. */
    private AuthorityLevel authority(Persona persona, JobTitle title) {
        if (persona == Persona.TIRE_KICKER && draw.chance(0.25)) {
            return skippable(AuthorityLevel.UNKNOWN);
        }
        double[] weights = title == null ? new double[] {0.20, 0.30, 0.20, 0.30} : switch (title.seniority()) {
            case C_LEVEL, VP -> new double[] {0.75, 0.20, 0.02, 0.03};
            case DIRECTOR -> new double[] {0.45, 0.45, 0.05, 0.05};
            case MANAGER -> new double[] {0.18, 0.55, 0.17, 0.10};
            case INDIVIDUAL -> new double[] {0.04, 0.30, 0.50, 0.16};
            case STUDENT -> new double[] {0.00, 0.05, 0.55, 0.40};
        };
        return skippable(AuthorityLevel.values()[draw.weighted(weights)]);
    }

    private <T> T skippable(T answer) {
        return draw.chance(SKIPPED_ANSWER) ? null : answer;
    }
}
