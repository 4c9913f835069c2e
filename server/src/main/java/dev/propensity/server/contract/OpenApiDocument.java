package dev.propensity.server.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.server.api.Json;
import dev.propensity.server.api.ScoreResponse;
import dev.propensity.server.crm.FieldAliases;
import dev.propensity.server.crm.StageMap;
import dev.propensity.server.crm.WriteBack;
import dev.propensity.server.scoring.LeadScorer;
import dev.propensity.server.scoring.LoadedModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The OpenAPI document a client imports: the hand-written template of every route and shape, with what depends
 * on the server filled in: its address in {@code servers}, the champion's lead schema, examples scored by the
 * champion itself, the configured CRM stages, and {@code info.version} as {@code 1.1.0+model.N} so that a client
 * can tell a contract generated from another model.
 */
public final class OpenApiDocument {
    /** The version of the routes and shapes; the model version is added as build metadata. */
    public static final String API_VERSION = "1.1.0";
    private static final String TEMPLATE_RESOURCE = "openapi-template.json";
    private static final ObjectNode TEMPLATE = loadTemplate();

    private final FieldAliases aliases;
    private final StageMap stages;

    public OpenApiDocument(FieldAliases aliases, StageMap stages) {
        this.aliases = aliases;
        this.stages = stages;
    }

    /**
     * The document for the model being served (or none yet), as fetched from {@code serverUrl}.
     *
     * @throws dev.propensity.server.crm.CrmMappingException when the aliases file does not fit the model
     */
    public ObjectNode build(Optional<LoadedModel> champion, String serverUrl) {
        ObjectNode doc = TEMPLATE.deepCopy();
        ObjectNode info = (ObjectNode) doc.get("info");
        info.put("version", API_VERSION + champion.map(m -> "+model." + m.version()).orElse("+no-model"));
        ArrayNode servers = doc.putArray("servers");
        servers.addObject().put("url", serverUrl).put("description", "The server this document was fetched from");
        champion.ifPresent(model -> fillModel(doc, model));
        if (!stages.isEmpty()) {
            ArrayNode outcomes = (ArrayNode) doc.at("/components/schemas/Outcome/properties/outcome/enum");
            stages.stageNames().forEach(outcomes::add);
            ObjectNode examples = (ObjectNode) doc.at("/paths/~1v1~1outcomes/post/requestBody/content/application~1json/examples");
            ObjectNode stage = examples.putObject("stage");
            stage.put("summary", "A deal stage of the CRM, as PROPENSITY_STAGE_MAP configures");
            stage.set("value", examples.at("/one/value").deepCopy());
            ((ObjectNode) stage.get("value")).put("outcome", stages.stageNames().get(0));
        }
        return doc;
    }

    private void fillModel(ObjectNode doc, LoadedModel model) {
        LeadSchema lead = new LeadSchema(model, aliases.bind(model.version(), model.schema()));
        ((ObjectNode) doc.at("/components/schemas")).set("Lead", lead.schema());
        ObjectNode example = lead.example();
        ScoreResponse answer = LeadScorer.score(model, example.deepCopy());
        JsonNode full = Json.MAPPER.valueToTree(answer);
        JsonNode flat = Json.MAPPER.valueToTree(WriteBack.of(answer));
        examples(doc, "/paths/~1v1~1score/post", example, full, flat);
        ArrayNode leads = doc.arrayNode().add(example);
        examples(doc, "/paths/~1v1~1score~1batch/post", leads, doc.arrayNode().add(full), doc.arrayNode().add(flat));
        // The account example's contacts must be leads of this champion, as the Lead schema allows no others.
        ObjectNode account = (ObjectNode) doc.at("/paths/~1v1~1accounts~1score/post/requestBody/content/application~1json/example");
        account.set("contacts", leads.deepCopy());
    }

    private static void examples(ObjectNode doc, String operation, JsonNode request, JsonNode full, JsonNode flat) {
        ((ObjectNode) doc.at(operation + "/requestBody/content/application~1json")).set("example", request);
        ((ObjectNode) doc.at(operation + "/responses/200/content/application~1json")).set("example", full);
        ((ObjectNode) doc.at(operation + "/responses/200/content/application~1vnd.propensity.flat+json")).set("example", flat);
    }

    private static ObjectNode loadTemplate() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(TEMPLATE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its " + TEMPLATE_RESOURCE);
            }
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
