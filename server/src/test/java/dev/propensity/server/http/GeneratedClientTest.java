package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.client.ApiClient;
import dev.propensity.client.ApiException;
import dev.propensity.client.api.FeedbackApi;
import dev.propensity.client.api.ReportsApi;
import dev.propensity.client.api.ScoringApi;
import dev.propensity.client.model.Lead;
import dev.propensity.client.model.Outcome;
import dev.propensity.client.model.OutcomeInput;
import dev.propensity.client.model.OutcomeList;
import dev.propensity.client.model.ScoreResponse;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java client that openapi-generator made from the document (its native library, with Jackson) against a
 * running server: what an integrator gets by generating a client, it scores a lead, posts the outcome and reads
 * the live report that counts it.
 */
class GeneratedClientTest {
    @TempDir
    Path folder;

    private static ApiClient client(TestServer server, String key) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + server.server().port());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + key));
        return client;
    }

    @Test
    void aGeneratedClientScoresALeadPostsItsOutcomeAndReadsTheLiveReport() throws Exception {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            Lead lead = new Lead().leadId("L-generated").industry("Software").employees(new BigDecimal(5000))
                    .requestedCall(true).noise(new BigDecimal("0.1"));
            ScoreResponse answer = new ScoringApi(client(server, TestServer.SCORE_KEY)).scoreLead(lead, null);
            assertEquals("L-generated", answer.getLeadId());
            assertEquals(1, answer.getModelVersion());
            assertEquals(Math.round(answer.getProbability().doubleValue() * 100), answer.getScore().longValue());
            assertEquals(4, answer.getReasons().size());
            assertTrue(answer.getReasons().get(0).getSentence().endsWith("the likelihood"), answer.toString());

            Outcome won = new Outcome().leadId("L-generated").outcome(Outcome.OutcomeEnum.WON)
                    .amount(new BigDecimal("1250.00")).closeDate(LocalDate.of(2026, 3, 31)).idempotencyKey("deal-gen-1");
            OutcomeList stored = new FeedbackApi(client(server, TestServer.FEEDBACK_KEY)).recordOutcomes(new OutcomeInput(won));
            assertEquals(1, stored.getOutcomes().size());
            assertEquals("created", stored.getOutcomes().get(0).getStatus().getValue());
            assertTrue(stored.getOutcomes().get(0).getScored(), "the outcome was matched to the logged score");

            Object report = new ReportsApi(client(server, TestServer.SCORE_KEY)).getLiveReport(null, 30);
            Map<?, ?> live = (Map<?, ?>) report;
            assertEquals("v1", live.get("subject"));
            assertEquals(1, ((Number) live.get("scored")).intValue());
        }
    }

    @Test
    void aGeneratedClientSeesTheOneErrorShapeAsAnApiException() throws Exception {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            ApiException e = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                    () -> new ScoringApi(client(server, TestServer.FEEDBACK_KEY)).scoreLead(new Lead().leadId("L1"), null));
            assertEquals(403, e.getCode());
            assertTrue(e.getResponseBody().contains("\"code\":\"forbidden\""), e.getResponseBody());
        }
    }
}
