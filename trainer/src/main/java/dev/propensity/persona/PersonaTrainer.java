package dev.propensity.persona;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.features.LeadValues;
import dev.propensity.match.MatchFigure;
import dev.propensity.match.MatchTables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the persona work of one training: discovery, ids carried from the previous version, the data team's
 * names, profiles, and the rep and product tables. Returns the book the version publishes and its JSON.
 */
public final class PersonaTrainer {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final double PRIOR_LEADS = 2;

    /**
     * @param book        what scoring needs
     * @param json        {@code personas.json}: the book plus discovery and profiles
     * @param assignments each training row's persona index (-1 unknown)
     * @param profiles    one per persona
     * @param discovery   what clustering found
     */
    public record Result(PersonaBook book, ObjectNode json, int[] assignments, List<PersonaProfile> profiles,
                         Discovery discovery) {
    }

    private final PersonaSettings settings;

    public PersonaTrainer(PersonaSettings settings) {
        this.settings = settings;
    }

    /**
     * @param table         the widened table (with the deal columns)
     * @param probabilities the propensity model's probability for every row
     * @param previous      the previous version's book, whose ids carry over
     * @param names         the data team's names by id
     */
    public Result train(LeadTable table, double[] probabilities, Optional<PersonaBook> previous,
                        Map<String, PersonaName> names) {
        return train(table, probabilities, previous, names, Optional.empty());
    }

    /**
     * Like {@link #train(LeadTable, double[], Optional, Map)}, reusing a clustering of the same table already made
     * (the one the persona input was derived from), so the version publishes the personas its model read.
     */
    public Result train(LeadTable table, double[] probabilities, Optional<PersonaBook> previous,
                        Map<String, PersonaName> names, Optional<Discovery> given) {
        int[] all = new int[table.size()];
        Arrays.setAll(all, i -> i);
        MixedEncoding encoding = MixedEncoding.fit(table, settings.fields(), settings.categoricalWeight(), all);
        List<LeadValues> leads = new ArrayList<>(table.size());
        for (int r = 0; r < table.size(); r++) {
            leads.add(MixedEncoding.row(table, r));
        }
        Discovery discovery = given.orElseGet(() -> PersonaDiscovery.discover(encoding, leads, settings));
        ObjectNode report = MAPPER.createObjectNode();
        report.set("discovery", discoveryJson(discovery));
        if (!discovery.published()) {
            PersonaBook refused = new PersonaBook(discovery.refusal(), encoding, new double[0][], List.of(), new double[0],
                    List.of(), List.of(), settings.minKnownShare(), settings.explorationShare());
            int[] none = new int[table.size()];
            Arrays.fill(none, -1);
            return new Result(refused, PersonaBookJson.write(refused, report), none, List.of(), discovery);
        }
        double[][] centroids = discovery.centroids();
        PersonaAssigner assigner = new PersonaAssigner(encoding, centroids, settings.minKnownShare());
        int k = centroids.length;
        int[] assignments = new int[table.size()];
        int[] sizes = new int[k];
        for (int r = 0; r < table.size(); r++) {
            assignments[r] = assigner.assign(leads.get(r)).index();
            if (assignments[r] >= 0) {
                sizes[assignments[r]]++;
            }
        }
        PersonaLineage.Result lineage = previous.filter(PersonaBook::published).filter(b -> b.centroids().length > 0)
                .map(b -> PersonaLineage.carry(b.encoding(), b.centroids(),
                        b.personas().stream().map(PersonaName::id).toList(), encoding, centroids))
                .orElseGet(() -> PersonaLineage.first(sizes));
        List<PersonaProfile> profiles = profiles(table, probabilities, assignments, encoding, k);
        List<PersonaName> personaNames = new ArrayList<>();
        for (int p = 0; p < k; p++) {
            String id = lineage.ids().get(p);
            PersonaProfile profile = profiles.get(p);
            personaNames.add(names.getOrDefault(id, new PersonaName(id, "Unnamed " + id,
                    profile.traits().isEmpty() ? "" : "Leads who " + String.join("; ", profile.traits()), Optional.empty())));
        }
        MatchTables match = matchTables(table, probabilities, assignments, k);
        List<List<MatchFigure>> reps = new ArrayList<>();
        List<List<MatchFigure>> products = new ArrayList<>();
        double[] rates = new double[k];
        for (int p = 0; p < k; p++) {
            reps.add(match.reps(p));
            products.add(match.products(p));
            rates[p] = profiles.get(p).winRate();
        }
        PersonaBook book = new PersonaBook(Optional.empty(), encoding, centroids, personaNames, rates, reps, products,
                settings.minKnownShare(), settings.explorationShare());
        report.set("profiles", profilesJson(profiles, personaNames, lineage));
        ArrayNode retired = report.putArray("retired");
        lineage.retired().forEach(retired::add);
        ArrayNode unused = report.putArray("names_not_found");
        names.keySet().stream().filter(id -> !lineage.ids().contains(id)).forEach(unused::add);
        double agreement = fitOnlyAgreement(encoding, centroids, leads, assignments);
        if (Double.isNaN(agreement)) {
            report.put("fit_only_note", "every persona field is a survey answer (or none is): a lead without a"
                    + " survey is unknown, and there is no fit-only agreement to measure");
        } else {
            report.put("fit_only_agreement", agreement);
        }
        report.put("unknown", Arrays.stream(assignments).filter(a -> a < 0).count());
        return new Result(book, PersonaBookJson.write(book, report), assignments, profiles, discovery);
    }

    private List<PersonaProfile> profiles(LeadTable table, double[] probabilities, int[] assignments,
                                          MixedEncoding encoding, int k) {
        long known = Arrays.stream(assignments).filter(a -> a >= 0).count();
        double overall = (double) table.wins() / table.size();
        Column amount = settings.amount().map(table.columns()::get).orElse(null);
        TraitFinder traits = new TraitFinder(table, encoding);
        List<PersonaProfile> profiles = new ArrayList<>();
        for (int p = 0; p < k; p++) {
            boolean[] members = new boolean[table.size()];
            List<Double> probs = new ArrayList<>();
            int size = 0;
            int wins = 0;
            double amountSum = 0;
            int amountCount = 0;
            for (int r = 0; r < table.size(); r++) {
                if (assignments[r] != p) {
                    continue;
                }
                members[r] = true;
                size++;
                wins += table.won()[r];
                probs.add(probabilities[r]);
                if (amount instanceof Column.Numbers n && table.won()[r] == 1 && !Double.isNaN(n.values()[r])) {
                    amountSum += n.values()[r];
                    amountCount++;
                }
            }
            // A Beta prior worth two leads at the overall rate: a tiny persona is not shown at 0 % or 100 %.
            double rate = (wins + PRIOR_LEADS * overall) / (size + PRIOR_LEADS);
            double half = 1.96 * Math.sqrt(rate * (1 - rate) / (size + PRIOR_LEADS + 1));
            double[] sorted = probs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            double[] quantiles = new double[5];
            double[] at = {0.10, 0.25, 0.50, 0.75, 0.90};
            for (int q = 0; q < at.length; q++) {
                quantiles[q] = sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, at[q] * sorted.length)];
            }
            profiles.add(new PersonaProfile(p, size, known == 0 ? 0 : (double) size / known, wins, rate,
                    Math.max(0, rate - half), Math.min(1, rate + half),
                    amountCount == 0 ? Double.NaN : amountSum / amountCount, quantiles, traits.traits(members)));
        }
        return profiles;
    }

    private MatchTables matchTables(LeadTable table, double[] probabilities, int[] assignments, int k) {
        MatchTables match = new MatchTables(k);
        Column owner = settings.owner().map(table.columns()::get).orElse(null);
        Column product = settings.product().map(table.columns()::get).orElse(null);
        Column amount = settings.amount().map(table.columns()::get).orElse(null);
        if (owner == null && product == null) {
            return match;
        }
        for (int r = 0; r < table.size(); r++) {
            Object rep = owner == null ? null : owner.raw(r);
            Object item = product == null ? null : product.raw(r);
            double value = amount instanceof Column.Numbers n ? n.values()[r] : Double.NaN;
            match.add(assignments[r], rep == null ? null : rep.toString().strip(),
                    item == null ? null : item.toString().strip(), table.won()[r] == 1, probabilities[r], value);
        }
        return match;
    }

    /** Of the leads with a survey persona, the share whose persona from the other fields alone is the same. */
    private static double fitOnlyAgreement(MixedEncoding encoding, double[][] centroids, List<LeadValues> leads,
                                           int[] assignments) {
        List<String> survey = encoding.fields().stream().filter(EncodedField::survey).map(EncodedField::name).toList();
        if (survey.isEmpty() || survey.size() == encoding.fields().size()) {
            return Double.NaN;
        }
        PersonaAssigner withoutSurvey = new PersonaAssigner(encoding, centroids, 0);
        long both = 0;
        long same = 0;
        for (int r = 0; r < leads.size(); r++) {
            LeadValues lead = leads.get(r);
            if (assignments[r] < 0 || survey.stream().allMatch(f -> lead.get(f) == null)) {
                continue;
            }
            Assignment a = withoutSurvey.assign(field -> survey.contains(field) ? null : lead.get(field));
            both++;
            same += a.index() == assignments[r] ? 1 : 0;
        }
        return both == 0 ? Double.NaN : (double) same / both;
    }

    private static ObjectNode discoveryJson(Discovery d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("k", d.k()).put("criterion", "largest mean silhouette on a sample").put("clustered_leads", d.clustered());
        ObjectNode s = n.putObject("silhouette");
        d.silhouettes().forEach((k, v) -> s.put(Integer.toString(k), v));
        n.put("stability_ari", d.stability());
        ArrayNode runs = n.putArray("stability_runs");
        for (double v : d.stabilityRuns()) {
            runs.add(v);
        }
        return n;
    }

    private static ArrayNode profilesJson(List<PersonaProfile> profiles, List<PersonaName> names,
                                          PersonaLineage.Result lineage) {
        ArrayNode out = MAPPER.createArrayNode();
        for (PersonaProfile p : profiles) {
            ObjectNode n = out.addObject();
            n.put("id", names.get(p.index()).id()).put("name", names.get(p.index()).name())
                    .put("lineage", lineage.notes().get(p.index()))
                    .put("size", p.size()).put("share", p.share()).put("wins", p.wins()).put("win_rate", p.winRate())
                    .put("win_rate_low", p.winLow()).put("win_rate_high", p.winHigh());
            if (!Double.isNaN(p.meanAmount())) {
                n.put("mean_won_amount", p.meanAmount());
            }
            ArrayNode q = n.putArray("propensity_p10_p25_p50_p75_p90");
            for (double v : p.propensity()) {
                q.add(v);
            }
            ArrayNode t = n.putArray("traits");
            p.traits().forEach(t::add);
        }
        return out;
    }
}
