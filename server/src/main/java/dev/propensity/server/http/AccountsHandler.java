package dev.propensity.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.features.InvalidFieldException;
import dev.propensity.server.account.AccountRoles;
import dev.propensity.server.account.AccountScore;
import dev.propensity.server.account.BuyingRole;
import dev.propensity.server.account.ContactScore;
import dev.propensity.server.account.NoisyOr;
import dev.propensity.server.api.ScoreResponse;
import dev.propensity.server.scoring.ChampionHolder;
import dev.propensity.server.scoring.EventLookup;
import dev.propensity.server.scoring.LeadScorer;
import dev.propensity.server.scoring.LoadedModel;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/accounts/score}: {@code {"account_id": "A1", "contacts": [lead, ...]}} in, the account's
 * noisy-OR score, its driving contacts and its buying-role coverage out. Contacts are scored as
 * {@code /v1/score} would score them but not logged: the account view is a summary, not a score a CRM stores
 * per lead. Without {@code account_id} the version's account key field of the first contact names the account.
 */
public final class AccountsHandler implements Handler {
    private static final List<String> TITLE_FIELDS = List.of("contact_title", "title", "job_title");

    private final JsonBody body;
    private final ChampionHolder holder;
    private final EventLookup events;
    private final Clock clock;
    private final int maxContacts;

    public AccountsHandler(JsonBody body, ChampionHolder holder, EventLookup events, Clock clock, int maxContacts) {
        this.body = body;
        this.holder = holder;
        this.events = events;
        this.clock = clock;
        this.maxContacts = maxContacts;
    }

    @Override
    public void handle(Context ctx) {
        JsonNode root = body.read(ctx);
        if (!root.isObject() || !root.path("contacts").isArray()) {
            throw ApiException.badRequest("expected_account", "expected {\"account_id\": ..., \"contacts\": [lead, ...]}");
        }
        JsonNode contacts = root.get("contacts");
        if (contacts.isEmpty()) {
            throw ApiException.badRequest("empty_account", "expected at least one contact");
        }
        if (contacts.size() > maxContacts) {
            throw ApiException.tooLarge("account_too_large", "an account may hold at most " + maxContacts
                    + " contacts per request, got " + contacts.size());
        }
        LoadedModel model = ChampionSnapshot.require(holder);
        ctx.attribute(RequestObserver.MODEL_VERSION, model.version());
        String titleField = model.grader().flatMap(g -> g.scorer().model().spec().title())
                .orElse(TITLE_FIELDS.stream().filter(f -> model.schema().feature(f).isPresent()).findFirst().orElse("contact_title"));
        List<ContactScore> scored = new ArrayList<>();
        for (int i = 0; i < contacts.size(); i++) {
            JsonNode contact = contacts.get(i);
            if (!contact.isObject()) {
                throw ApiException.invalidField("contacts[" + i + "]", "contacts[" + i + "]: expected a JSON object of lead fields");
            }
            ScoreResponse answer;
            try {
                answer = LeadScorer.score(model, (ObjectNode) contact, events, clock.instant());
            } catch (InvalidFieldException e) {
                throw ApiException.invalidField("contacts[" + i + "]." + e.field(), "contacts[" + i + "]." + e.getMessage());
            }
            boolean engaged = answer.scores() != null && model.grader().isPresent()
                    && answer.scores().engagement().probability() >= model.grader().get().thresholds().engagement();
            JsonNode email = contact.get("email");
            String person = email != null && email.isTextual() && !email.asText().isBlank()
                    ? email.asText().strip().toLowerCase(java.util.Locale.ROOT) : answer.leadId();
            scored.add(new ContactScore(answer.leadId(), person, answer.probability(), answer.grade(), answer.route(),
                    engaged, BuyingRole.of(text(contact.get(titleField)))));
        }
        List<ContactScore> people = NoisyOr.distinctPeople(scored);
        double p = NoisyOr.combine(people);
        Map<String, Map<String, String>> roles = AccountRoles.coverage(scored);
        ctx.json(new AccountScore(accountId(root, contacts, model), model.version(), p, (int) Math.round(p * 100),
                NoisyOr.FORMULA, scored.size(), people.size(), NoisyOr.drivers(people), roles,
                AccountRoles.notEngaged(roles), scored));
    }

    private static String accountId(JsonNode root, JsonNode contacts, LoadedModel model) {
        JsonNode given = root.get("account_id");
        if (given != null && given.isValueNode() && !given.asText().isBlank()) {
            return given.asText();
        }
        return model.grader().flatMap(g -> g.scorer().model().spec().account())
                .map(key -> text(contacts.get(0).get(key))).orElse(null);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }
}
