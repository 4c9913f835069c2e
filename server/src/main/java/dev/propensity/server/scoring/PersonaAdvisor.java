package dev.propensity.server.scoring;

import dev.propensity.features.LeadValues;
import dev.propensity.match.MatchFigure;
import dev.propensity.persona.Assignment;
import dev.propensity.persona.PersonaAssigner;
import dev.propensity.persona.PersonaBook;
import dev.propensity.server.api.PersonaView;
import dev.propensity.server.api.PreWrittenList;
import dev.propensity.server.api.ProductRecommendation;
import dev.propensity.server.api.Recommendations;
import dev.propensity.server.api.RepList;
import dev.propensity.server.api.RepRecommendation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The persona part of a score answer (issue 9): the lead's persona from the fields it has, and the reps and
 * products that fit it. A lead in the exploration share (decided by a hash of its id and the model version, so a
 * lead scored twice gets the same answer) gets its qualified reps in random order, marked {@code exploration}.
 */
public final class PersonaAdvisor {
    /** Reps and products listed per answer. */
    public static final int LISTED = 3;
    static final String UNKNOWN = "unknown";

    /** What the answer carries. */
    public record Advice(PersonaView persona, Recommendations recommendations) {
    }

    /** A rep's figure with its sentence, made once per version: only the lead's own probability varies. */
    private record RepLine(String rep, double lift, int deals, boolean thin, String why) {
    }

    private final PersonaBook book;
    private final PersonaAssigner assigner;
    private final int version;
    private final List<List<RepLine>> repLines = new ArrayList<>();
    private final List<List<RepLine>> exploredLines = new ArrayList<>();
    // The same lines with their JSON written once, so that an answer prints only the lead's own rates.
    private final List<RepList.Fixed> fixedReps = new ArrayList<>();
    private final List<RepList.Fixed> fixedExplored = new ArrayList<>();
    private final List<PreWrittenList<ProductRecommendation>> productLines = new ArrayList<>();

    public PersonaAdvisor(PersonaBook book, int version) {
        this.book = book;
        this.assigner = book.assigner();
        this.version = version;
        for (int p = 0; p < book.personas().size(); p++) {
            List<RepLine> reps = new ArrayList<>();
            for (MatchFigure f : book.reps().get(p)) {
                reps.add(repLine(f, book.winRates()[p], false));
            }
            repLines.add(List.copyOf(reps));
            // The qualified reps' sentences as an explored answer words them, made once rather than per explored lead.
            List<RepLine> explored = new ArrayList<>();
            for (MatchFigure f : book.reps().get(p)) {
                if (!f.thin()) {
                    explored.add(repLine(f, book.winRates()[p], true));
                }
            }
            exploredLines.add(List.copyOf(explored));
            fixedReps.add(fixed(reps));
            fixedExplored.add(fixed(explored));
            productLines.add(PreWrittenList.of(products(p)));
        }
    }

    /** @param probability the lead's propensity from the model */
    public Advice advise(LeadValues lead, String leadId, double probability) {
        return advise(assign(lead), leadId, probability);
    }

    /** The lead's persona from the fields it has, or null when the personas were not published. */
    public Assignment assign(LeadValues lead) {
        return book.published() ? assigner.assign(lead) : null;
    }

    /** @param a the lead's {@link #assign assignment} */
    public Advice advise(Assignment a, String leadId, double probability) {
        if (!book.published()) {
            return new Advice(new PersonaView(UNKNOWN, "personas not published", 0, "fit only"),
                    new Recommendations(List.of(), List.of(), false));
        }
        String basis = a.withSurvey() ? "survey and fit" : "fit only";
        if (!a.isKnown()) {
            return new Advice(new PersonaView(UNKNOWN, "too few of the persona fields", 0, basis),
                    new Recommendations(List.of(), List.of(), false));
        }
        int p = a.index();
        PersonaView persona = new PersonaView(book.personas().get(p).id(), book.personas().get(p).name(),
                Math.round(a.margin() * 1000) / 1000.0, basis);
        // A persona without a qualified rep has nobody to draw from: its leads get the usual list, not an empty one.
        boolean explore = leadId != null && !exploredLines.get(p).isEmpty() && explores(leadId);
        return new Advice(persona, new Recommendations(reps(p, probability, explore, leadId), productLines.get(p), explore));
    }

    boolean explores(String leadId) {
        return unit(leadId) < book.explorationShare();
    }

    private double unit(String leadId) {
        long h = mix(leadId.hashCode() * 31L + version);
        return (h >>> 11) * 0x1.0p-53;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private List<RepRecommendation> reps(int p, double probability, boolean explore, String leadId) {
        List<RepLine> lines = explore ? exploredLines.get(p) : repLines.get(p);
        int[] order = new int[lines.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (explore) {
            SplittableRandom random = new SplittableRandom(mix(leadId.hashCode() ^ 0x9E3779B97F4A7C15L));
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int kept = order[i];
                order[i] = order[j];
                order[j] = kept;
            }
        }
        double logOdds = logit(probability);
        int listed = Math.min(LISTED, order.length);
        double[] rates = new double[listed];
        for (int i = 0; i < listed; i++) {
            rates[i] = round(1 / (1 + Math.exp(-(logOdds + lines.get(order[i]).lift()))));
        }
        RepList.Fixed fixed = explore ? fixedExplored.get(p) : fixedReps.get(p);
        return fixed.rated(java.util.Arrays.copyOf(order, listed), rates);
    }

    private static RepList.Fixed fixed(List<RepLine> lines) {
        List<RepRecommendation> reps = new ArrayList<>(lines.size());
        for (RepLine line : lines) {
            reps.add(new RepRecommendation(line.rep(), 0, line.deals(), line.thin(), line.why()));
        }
        return new RepList.Fixed(reps);
    }

    private static RepLine repLine(MatchFigure f, double personaRate, boolean explore) {
        String why = String.format(Locale.ROOT, "won %d of %d deals with this persona where their leads'"
                + " propensity predicted %.0f; adjusted and smoothed %.0f %% against %.0f %% for the persona%s%s",
                f.wins(), f.deals(), f.expectedWins(), 100 * f.adjustedRate(), 100 * personaRate,
                f.thin() ? "; thin evidence" : "", explore ? "; drawn at random (exploration)" : "");
        return new RepLine(f.name(), logit(f.adjustedRate()) - logit(personaRate), f.deals(), f.thin(), why);
    }

    private List<ProductRecommendation> products(int p) {
        List<ProductRecommendation> out = new ArrayList<>();
        List<MatchFigure> figures = book.products().get(p);
        for (MatchFigure f : figures.subList(0, Math.min(LISTED, figures.size()))) {
            String why = String.format(Locale.ROOT, "this persona won %d of %d deals for it (%.0f %% smoothed),"
                    + " %,.0f on average per won deal%s", f.wins(), f.deals(), 100 * f.adjustedRate(),
                    f.meanWonAmount(), f.thin() ? "; thin evidence" : "");
            out.add(new ProductRecommendation(f.name(), round(f.adjustedRate()), Math.round(f.expectedValue() * 100) / 100.0,
                    f.deals(), f.thin(), why));
        }
        return out;
    }

    private static double logit(double p) {
        double q = Math.min(1 - 1e-6, Math.max(1e-6, p));
        return Math.log(q / (1 - q));
    }

    private static double round(double p) {
        return Math.round(p * 10000) / 10000.0;
    }

    public PersonaBook book() {
        return book;
    }

    /** The book's assigner, made once per version (it keeps per-thread buffers). */
    public PersonaAssigner assigner() {
        return assigner;
    }
}
