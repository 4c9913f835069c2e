package dev.propensity.persona;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.match.MatchFigure;
import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.FeatureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code personas.json}: the book as JSON, with the report's extra sections (profiles, discovery) kept beside it. */
public final class PersonaBookJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PersonaBookJson() {
    }

    /** @param report extra sections for people (discovery, profiles...), merged into the root */
    public static ObjectNode write(PersonaBook book, ObjectNode report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("published", book.published());
        book.refusal().ifPresent(r -> root.put("refusal", r));
        root.put("min_known_share", book.minKnownShare());
        root.put("exploration_share", book.explorationShare());
        ObjectNode encoding = root.putObject("encoding");
        encoding.put("categorical_weight", book.encoding().categoricalWeight());
        ArrayNode fields = encoding.putArray("fields");
        for (EncodedField f : book.encoding().fields()) {
            ObjectNode n = fields.addObject();
            n.put("name", f.name()).put("kind", f.kind().jsonName()).put("survey", f.survey()).put("log", f.log())
                    .put("mean", f.mean()).put("std", f.std()).put("offset", f.offset());
            ArrayNode levels = n.putArray("levels");
            f.levels().forEach(levels::add);
        }
        ArrayNode personas = root.putArray("personas");
        for (int p = 0; p < book.personas().size(); p++) {
            PersonaName name = book.personas().get(p);
            ObjectNode n = personas.addObject();
            n.put("id", name.id()).put("name", name.name()).put("description", name.description());
            name.owner().ifPresent(o -> n.put("owner", o));
            n.put("win_rate", book.winRates()[p]);
            ArrayNode centroid = n.putArray("centroid");
            for (double v : book.centroids()[p]) {
                centroid.add(v);
            }
            n.set("reps", figures(book.reps().get(p)));
            n.set("products", figures(book.products().get(p)));
        }
        if (report != null) {
            report.fields().forEachRemaining(e -> root.set(e.getKey(), e.getValue()));
        }
        return root;
    }

    private static ArrayNode figures(List<MatchFigure> list) {
        ArrayNode out = MAPPER.createArrayNode();
        for (MatchFigure f : list) {
            out.addObject().put("name", f.name()).put("deals", f.deals()).put("wins", f.wins())
                    .put("expected_wins", f.expectedWins()).put("raw_rate", f.rawRate())
                    .put("smoothed_rate", f.smoothedRate()).put("adjusted_rate", f.adjustedRate())
                    .put("mean_won_amount", f.meanWonAmount()).put("expected_value", f.expectedValue())
                    .put("thin_evidence", f.thin());
        }
        return out;
    }

    /** Reads a book back; {@code format} is the schema's, so values parse as they did in training. */
    public static PersonaBook read(JsonNode root, CsvFormat format) {
        if (root == null || !root.isObject() || !root.has("encoding") || !root.has("personas")) {
            throw new PersonaException(PersonaBook.FILE + " lacks 'encoding' or 'personas'");
        }
        JsonNode enc = root.get("encoding");
        List<EncodedField> fields = new ArrayList<>();
        for (JsonNode f : enc.get("fields")) {
            List<String> levels = new ArrayList<>();
            f.get("levels").forEach(l -> levels.add(l.asText()));
            fields.add(new EncodedField(f.get("name").asText(), FeatureKind.parse(f.get("kind").asText(), "personas"),
                    f.get("survey").asBoolean(), f.get("log").asBoolean(), f.get("mean").asDouble(),
                    f.get("std").asDouble(), levels, f.get("offset").asInt()));
        }
        MixedEncoding encoding = new MixedEncoding(fields, enc.get("categorical_weight").asDouble(), format);
        List<PersonaName> names = new ArrayList<>();
        List<List<MatchFigure>> reps = new ArrayList<>();
        List<List<MatchFigure>> products = new ArrayList<>();
        JsonNode personas = root.get("personas");
        double[][] centroids = new double[personas.size()][];
        double[] rates = new double[personas.size()];
        for (int p = 0; p < personas.size(); p++) {
            JsonNode n = personas.get(p);
            names.add(new PersonaName(n.get("id").asText(), n.get("name").asText(), n.path("description").asText(""),
                    Optional.ofNullable(n.get("owner")).map(JsonNode::asText)));
            rates[p] = n.get("win_rate").asDouble();
            JsonNode c = n.get("centroid");
            centroids[p] = new double[c.size()];
            for (int j = 0; j < c.size(); j++) {
                centroids[p][j] = c.get(j).asDouble();
            }
            if (centroids[p].length != encoding.dimensions()) {
                throw new PersonaException(PersonaBook.FILE + ": persona " + names.get(p).id() + " has "
                        + centroids[p].length + " centroid values for " + encoding.dimensions() + " encoded columns");
            }
            reps.add(readFigures(n.get("reps")));
            products.add(readFigures(n.get("products")));
        }
        Optional<String> refusal = root.path("published").asBoolean(true) ? Optional.empty()
                : Optional.of(root.path("refusal").asText("personas were not published"));
        return new PersonaBook(refusal, encoding, centroids, names, rates, reps, products,
                root.path("min_known_share").asDouble(0.3), root.path("exploration_share").asDouble(0));
    }

    private static List<MatchFigure> readFigures(JsonNode list) {
        List<MatchFigure> out = new ArrayList<>();
        if (list != null) {
            for (JsonNode f : list) {
                out.add(new MatchFigure(f.get("name").asText(), f.get("deals").asInt(), f.get("wins").asInt(),
                        f.get("expected_wins").asDouble(), f.get("raw_rate").asDouble(), f.get("smoothed_rate").asDouble(),
                        f.get("adjusted_rate").asDouble(), f.get("mean_won_amount").asDouble(),
                        f.get("expected_value").asDouble(), f.get("thin_evidence").asBoolean()));
            }
        }
        return out;
    }
}
