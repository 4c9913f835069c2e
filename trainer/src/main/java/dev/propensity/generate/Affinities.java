package dev.propensity.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The hidden rep × persona and product × persona affinities (issue 9): log-odds added to a lead's chance to buy
 * once it is assigned to a rep and asks about a product. Each persona has one specialist rep (+1.3), never a
 * territory's senior rep; every other rep is a little better or worse with each persona (normal, sd 0.1, within
 * ±0.2). Product affinities are fixed by design. Written to {@code affinities.csv} so that recommendations can be
 * checked against the truth.
 */
final class Affinities {
    static final int TERRITORIES = 4;
    static final int REPS_PER_TERRITORY = 6;
    static final int REPS = TERRITORIES * REPS_PER_TERRITORY;
    static final double SPECIALIST = 1.3;
    /** Analytics Cloud, Marketing Suite, Sales CRM, Data Platform (rows) by persona (columns). */
    private static final double[][] PRODUCT = {
        {0.10, -0.10, 0.40, 0.00, -0.20},
        {-0.10, 0.30, 0.00, -0.20, 0.20},
        {-0.20, 0.00, 0.10, 0.50, 0.00},
        {0.50, 0.10, -0.20, -0.30, -0.10},
    };

    private final double[][] rep = new double[REPS][Persona.values().length];
    private final int[] specialist = new int[Persona.values().length];

    Affinities(Draw draw) {
        List<Integer> candidates = new ArrayList<>();
        for (int r = 0; r < REPS; r++) {
            if (!isSenior(r)) {
                candidates.add(r);
            }
            for (int p = 0; p < specialist.length; p++) {
                rep[r][p] = Math.max(-0.2, Math.min(0.2, draw.gaussian(0, 0.1)));
            }
        }
        for (int p = 0; p < specialist.length; p++) {
            specialist[p] = candidates.remove(draw.below(candidates.size()));
            rep[specialist[p]][p] = SPECIALIST;
        }
    }

    /** The first rep of each territory is its senior rep, who is handed the most promising leads. */
    static boolean isSenior(int rep) {
        return rep % REPS_PER_TERRITORY == 0;
    }

    /** rep_01 ... rep_24, as exported. */
    static String repName(int rep) {
        return Formats.padded("rep_", rep + 1, 2);
    }

    double rep(int rep, Persona persona) {
        return this.rep[rep][persona.ordinal()];
    }

    double product(Product product, Persona persona) {
        return PRODUCT[product.ordinal()][persona.ordinal()];
    }

    /** The rows of {@code affinities.csv}: kind, name, persona, affinity, whether it is the persona's best. */
    List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (Persona persona : Persona.values()) {
            int best = 0;
            for (int r = 0; r < REPS; r++) {
                best = rep(r, persona) > rep(best, persona) ? r : best;
            }
            for (int r = 0; r < REPS; r++) {
                rows.add(List.of("rep", repName(r), persona.label(), decimal(rep(r, persona)), r == best));
            }
            Product bestProduct = Product.values()[0];
            for (Product product : Product.values()) {
                bestProduct = product(product, persona) > product(bestProduct, persona) ? product : bestProduct;
            }
            for (Product product : Product.values()) {
                rows.add(List.of("product", product.text(), persona.label(), decimal(product(product, persona)),
                        product == bestProduct));
            }
        }
        return rows;
    }

    private static String decimal(double value) {
        return (value < 0 ? "-" : "") + Formats.sixDecimals(Math.abs(value));
    }
}
