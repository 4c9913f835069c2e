package dev.propensity.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the rep and product tables of each persona from closed deals. Figures are ordered best first: reps by
 * their propensity-adjusted smoothed rate, products by expected value.
 */
public final class MatchTables {
    /** Below this many deals a figure is flagged as thin evidence. */
    public static final int THIN_DEALS = 30;
    /** Below this many wins a figure is flagged as thin evidence. */
    public static final int THIN_WINS = 5;
    private static final int MIN_WINS_FOR_AMOUNT = 5;

    private final int personas;
    private final List<Map<String, DealCell>> reps = new ArrayList<>();
    private final List<Map<String, DealCell>> products = new ArrayList<>();
    private final Map<String, DealCell> productOverall = new LinkedHashMap<>();
    private final int[] deals;
    private final int[] wins;

    public MatchTables(int personas) {
        this.personas = personas;
        this.deals = new int[personas];
        this.wins = new int[personas];
        for (int p = 0; p < personas; p++) {
            reps.add(new LinkedHashMap<>());
            products.add(new LinkedHashMap<>());
        }
    }

    /**
     * Adds one closed deal.
     *
     * @param persona     the deal's persona index (ignored when negative: unknown)
     * @param rep         the rep who worked it, or null
     * @param product     its product, or null
     * @param probability the propensity model's probability for the lead
     * @param amount      the deal amount, NaN when unknown
     */
    public void add(int persona, String rep, String product, boolean won, double probability, double amount) {
        if (persona < 0) {
            return;
        }
        deals[persona]++;
        wins[persona] += won ? 1 : 0;
        if (rep != null) {
            reps.get(persona).merge(rep, new DealCell(rep, 0, 0, 0, 0).add(won, probability, amount),
                    (a, b) -> a.add(won, probability, amount));
        }
        if (product != null) {
            products.get(persona).merge(product, new DealCell(product, 0, 0, 0, 0).add(won, probability, amount),
                    (a, b) -> a.add(won, probability, amount));
            productOverall.merge(product, new DealCell(product, 0, 0, 0, 0).add(won, probability, amount),
                    (a, b) -> a.add(won, probability, amount));
        }
    }

    /** The persona's win rate over its deals with a known rep or product. */
    public double personaRate(int persona) {
        return deals[persona] == 0 ? 0 : (double) wins[persona] / deals[persona];
    }

    public int personaDeals(int persona) {
        return deals[persona];
    }

    public List<MatchFigure> reps(int persona) {
        return figures(persona, reps.get(persona), Comparator.comparingDouble(MatchFigure::adjustedRate).reversed());
    }

    public List<MatchFigure> products(int persona) {
        return figures(persona, products.get(persona), Comparator.comparingDouble(MatchFigure::expectedValue).reversed());
    }

    private List<MatchFigure> figures(int persona, Map<String, DealCell> cells, Comparator<MatchFigure> order) {
        List<DealCell> list = new ArrayList<>(cells.values());
        double rate = personaRate(persona);
        double[] trials = new double[list.size()];
        double[] raw = new double[list.size()];
        double[] adjusted = new double[list.size()];
        for (int i = 0; i < list.size(); i++) {
            DealCell c = list.get(i);
            trials[i] = c.deals();
            raw[i] = c.wins();
            adjusted[i] = adjustedWins(c, rate);
        }
        BetaBinomialPrior rawPrior = BetaBinomialPrior.fit(raw, trials);
        BetaBinomialPrior adjustedPrior = BetaBinomialPrior.fit(adjusted, trials);
        List<MatchFigure> figures = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            DealCell c = list.get(i);
            double adjustedRate = adjustedPrior.smoothed(adjusted[i], trials[i]);
            DealCell overall = productOverall.get(c.name());
            double meanWon = c.wins() >= MIN_WINS_FOR_AMOUNT ? c.wonAmount() / c.wins()
                    : overall != null && overall.wins() > 0 ? overall.wonAmount() / overall.wins()
                    : c.wins() > 0 ? c.wonAmount() / c.wins() : 0;
            figures.add(new MatchFigure(c.name(), c.deals(), c.wins(), c.expectedWins(),
                    c.deals() == 0 ? 0 : (double) c.wins() / c.deals(), rawPrior.smoothed(raw[i], trials[i]),
                    adjustedRate, meanWon, adjustedRate * meanWon,
                    c.deals() < THIN_DEALS || c.wins() < THIN_WINS));
        }
        figures.sort(order);
        return figures;
    }

    /**
     * Wins this cell would have had with the persona's average lead: n·rate + (wins - expected), kept within
     * [0, n].
     */
    static double adjustedWins(DealCell c, double personaRate) {
        return Math.max(0, Math.min(c.deals(), c.deals() * personaRate + c.wins() - c.expectedWins()));
    }

    public int personas() {
        return personas;
    }
}
