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
    private static final int REPS_PER_TERRITORY = 6;
    private static final int TERRITORIES = 4;
    private static final double STAGE_SLIP = 0.004;

    private final Draw draw;

    ClosingFactory(Draw draw) {
        this.draw = draw;
    }

    Closing close(Lead lead, double probability) {
        boolean won = draw.chance(probability);
        String stage = draw.chance(STAGE_SLIP) ? (won ? LOST : WON) : (won ? WON : LOST);
        return new Closing(owner(lead), won, stage, daysToClose(lead, won), amount(lead));
    }

    /** Reps own territories; the lead goes to one of the reps covering the account's country. */
    private String owner(Lead lead) {
        int territory = lead.fit().country() == null ? draw.below(TERRITORIES) : lead.account().country().territory();
        return Formats.padded("rep_", territory * REPS_PER_TERRITORY + draw.below(REPS_PER_TERRITORY) + 1, 2);
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
