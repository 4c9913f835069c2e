package dev.propensity.generate;

import java.time.temporal.ChronoUnit;

/**
 * Decides each lead's outcome from its true probability, then what the CRM records once the deal closed:
 * the owner, the stage at export (the outcome again, save for rare clerical slips), the days it took, and the
 * amount. None of these may feed a model: they are either known only after the outcome or assigned after
 * qualification.
 */
final class ClosingFactory {
    static final String WON = "Closed Won";
    static final String LOST = "Closed Lost";
    private static final double STAGE_SLIP = 0.004;
    /** Leads at least this likely to buy are often handed to the territory's senior rep (issue 9's confounding). */
    private static final double PROMISING = 0.30;
    private static final double TO_SENIOR = 0.40;

    private final Draw draw;
    private final Draw assignment;
    private final Affinities affinities;

    /**
     * @param assignment the separate stream for the senior-rep hand-over, so the main stream keeps its draws
     */
    ClosingFactory(Draw draw, Draw assignment, Affinities affinities) {
        this.draw = draw;
        this.assignment = assignment;
        this.affinities = affinities;
    }

    /**
     * The main stream is drawn in the order it always was (the outcome's uniform first, then the stage slip and
     * the territory rep), so a lead keeps its outcome wherever the affinities do not move its probability across
     * that uniform.
     */
    Closing close(Lead lead, double probability) {
        double u = draw.uniform();
        boolean slip = draw.chance(STAGE_SLIP);
        int rep = territoryRep(lead);
        if (probability >= PROMISING && assignment.chance(TO_SENIOR)) {
            rep -= rep % Affinities.REPS_PER_TERRITORY;
        }
        double logit = StrictMath.log(probability / (1 - probability)) + affinities.rep(rep, lead.persona())
                + affinities.product(lead.intent().product(), lead.persona());
        double withAffinities = 1.0 / (1.0 + StrictMath.exp(-logit));
        boolean won = u < withAffinities;
        String stage = slip ? (won ? LOST : WON) : (won ? WON : LOST);
        return new Closing(Affinities.repName(rep), won, stage, daysToClose(lead, won), amount(lead), withAffinities);
    }

    /** Reps own territories; the lead goes to one of the reps covering the account's country. */
    private int territoryRep(Lead lead) {
        int territory = lead.fit().country() == null ? draw.below(Affinities.TERRITORIES) : lead.account().country().territory();
        return territory * Affinities.REPS_PER_TERRITORY + draw.below(Affinities.REPS_PER_TERRITORY);
    }

    /** Won deals take longer (procurement); a deal cannot close after the export date. */
    private long daysToClose(Lead lead, boolean won) {
        double days = won ? draw.logNormal(62, 0.5) : draw.logNormal(28, 0.9);
        long untilExport = ChronoUnit.DAYS.between(lead.created(), Timeline.END);
        return Math.min(untilExport, Math.max(1, Math.round(days)));
    }

    /** Bigger companies buy bigger deals; a few deals are enterprise-wide outliers. */
    private double amount(Lead lead) {
        double size = StrictMath.pow(lead.account().employees() / 80.0, 0.35);
        double amount = lead.intent().product().typicalDeal() * size * draw.logNormal(1.0, 0.5);
        if (draw.chance(0.005)) {
            amount *= 10 + draw.uniform() * 40;
        }
        return Math.round(amount * 100) / 100.0;
    }
}
