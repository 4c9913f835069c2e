package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.server.config.CrmMappings;
import dev.propensity.server.crm.FieldAliases;
import dev.propensity.server.crm.StageMap;
import dev.propensity.server.testing.SystemPackages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lints the live document with Redocly's CLI (from npm, pinned by the committed lock file) and its recommended
 * rules, as an integrator would: no error, and only the warnings listed here, each for a reason.
 */
class RedoclyLintTest {
    private static final Path LINT_SOURCES = Path.of("src/test/openapi-lint");
    private static final Path LINT = Path.of("target/openapi-lint");
    /**
     * The warnings left, by rule: the project has chosen no licence yet (info-license); the four operations routes
     * (health, ready, metrics, this document) take no key and no input, so no 4xx can answer them
     * (operation-4xx-response), and declaring one would be a lie to clients.
     */
    static final Map<String, Integer> ACCEPTED_WARNINGS = Map.of("info-license", 1, "operation-4xx-response", 4);

    @TempDir
    Path folder;

    @BeforeAll
    static void install() throws Exception {
        // The machine's Node.js 20 and npm come with it; only a machine without them gets Debian's.
        if (!runs("node", "--version") || !runs("npm", "--version")) {
            SystemPackages.ensure("nodejs", "npm");
        }
        Files.createDirectories(LINT);
        for (String file : List.of("package.json", "package-lock.json", "redocly.yaml")) {
            Files.copy(LINT_SOURCES.resolve(file), LINT.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(LINT.resolve("node_modules/@redocly/cli/package.json"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund", "--prefer-offline"), 20);
        }
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(1, TimeUnit.MINUTES) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(List<String> command, int minutes) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(LINT.toFile()).redirectErrorStream(false);
        builder.environment().put("REDOCLY_TELEMETRY", "off");
        builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
        builder.redirectError(LINT.resolve("last-stderr.txt").toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in " + minutes + " minutes");
        }
        if (command.get(0).equals("npm") && process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed:\n" + out + Files.readString(LINT.resolve("last-stderr.txt")));
        }
        return out;
    }

    private static JsonNode lint(String document, String name) throws Exception {
        Files.writeString(LINT.resolve(name), document);
        String out = run(List.of("node", "node_modules/@redocly/cli/bin/cli.js", "lint", "--format=json", name), 5);
        return new ObjectMapper().readTree(out);
    }

    private static Map<String, Integer> warnings(JsonNode result) {
        Map<String, Integer> counts = new TreeMap<>();
        result.path("problems").forEach(p -> counts.merge(p.path("ruleId").asText() + " (" + p.path("severity").asText() + ")", 1, Integer::sum));
        return counts;
    }

    private static Map<String, Integer> accepted() {
        Map<String, Integer> expected = new TreeMap<>();
        ACCEPTED_WARNINGS.forEach((rule, n) -> expected.put(rule + " (warn)", n));
        return expected;
    }

    @Test
    void theLiveDocumentHasNoErrorAndOnlyTheAcceptedWarnings() throws Exception {
        try (TestServer server = TestServer.startWithChampion(folder)) {
            JsonNode result = lint(server.get("/openapi.json", null).body(), "live.json");
            assertEquals(0, result.at("/totals/errors").asInt(), result.toString());
            assertEquals(accepted(), warnings(result));
        }
    }

    @Test
    void theDocumentWithAliasesAndStagesAndTheOneWithoutAModelLintTheSame() throws Exception {
        CrmMappings crm = new CrmMappings(FieldAliases.parse("aliases", List.of("employees = company_size")),
                StageMap.parse("Closed Won=won,Closed Lost=lost", "stages"));
        Path models = TrainedRegistry.copyInto(Files.createDirectories(folder.resolve("models")));
        try (TestServer server = TestServer.start(TestServer.config(models, folder).withCrm(crm))) {
            assertEquals(accepted(), warnings(lint(server.get("/openapi.json", null).body(), "crm.json")));
        }
        try (TestServer server = TestServer.start(Files.createDirectories(folder.resolve("empty")), folder.resolve("empty"))) {
            assertEquals(accepted(), warnings(lint(server.get("/openapi.json", null).body(), "no-model.json")));
        }
    }
}
