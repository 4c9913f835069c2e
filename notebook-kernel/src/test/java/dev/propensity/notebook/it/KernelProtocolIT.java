package dev.propensity.notebook.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel over the real Jupyter protocol (ZeroMQ, signed messages), driven by Debian's jupyter_client the way
 * a notebook front end drives it: execute replies, streams, display data, and the error reply of a failing cell.
 */
class KernelProtocolIT {
    @TempDir
    static Path folder;
    private static final Map<String, JsonNode> replies = new HashMap<>();

    @BeforeAll
    static void driveTheKernel() throws IOException, InterruptedException {
        Jupyter jupyter = Jupyter.install(folder);
        Jupyter.Run run = jupyter.python(Path.of("src/test/resources/kernel-protocol.py").toAbsolutePath(), folder);
        assertEquals(0, run.exitCode(), run.output());
        ObjectMapper json = new ObjectMapper();
        for (String line : run.output().split("\n")) {
            if (line.startsWith("{\"request\"")) {
                JsonNode reply = json.readTree(line);
                replies.put(reply.path("request").asText(), reply);
            }
        }
        assertEquals(6, replies.size(), run.output());
    }

    private static JsonNode published(String request, String type) {
        for (JsonNode message : replies.get(request).path("published")) {
            if (message.path("type").asText().equals(type)) {
                return message.path("content");
            }
        }
        throw new AssertionError("no " + type + " published for " + request + ": " + replies.get(request));
    }

    @Test
    void theKernelSaysItRunsJava() {
        assertEquals("java", replies.get("kernel_info").path("language").asText());
    }

    @Test
    void aCellsLastExpressionIsPublishedAsItsExecuteResult() {
        assertEquals("ok", replies.get("result").path("status").asText());
        assertEquals("42", published("result", "execute_result").path("data").path("text/plain").asText());
    }

    @Test
    void printsArriveAsStdoutAndStderrStreams() {
        String streams = replies.get("stream").path("published").toString();
        assertTrue(streams.contains("\"name\":\"stdout\",\"text\":\"to stdout\\n\""), streams);
        assertTrue(streams.contains("\"name\":\"stderr\",\"text\":\"to stderr\\n\""), streams);
    }

    @Test
    void showPublishesHtmlAndPngDisplayData() {
        String display = replies.get("display").path("published").toString();
        assertTrue(display.contains("<td>lead_source</td>"), display);
        assertTrue(display.contains("\"image/png\":\"iVBORw0KGgo"), "a base64 PNG: " + display.substring(0, Math.min(300, display.length())));
    }

    @Test
    void aFailingCellGetsAnErrorReplyNamingTheExceptionAndTheKernelLivesOn() {
        JsonNode failure = replies.get("failure");
        assertEquals("error", failure.path("status").asText());
        assertTrue(failure.path("evalue").asText().contains("java.lang.IllegalArgumentException: bad lead"), failure.toString());
        assertTrue(published("failure", "error").path("traceback").toString().contains("bad lead"));
        assertEquals("40", published("after_failure", "execute_result").path("data").path("text/plain").asText(),
                "state from before the failure is still there");
    }
}
