package dev.propensity.server.cli;

import dev.propensity.data.DataException;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.registry.RegistryException;
import dev.propensity.schema.SchemaException;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.config.ConfigException;
import dev.propensity.server.config.KeySpec;
import dev.propensity.server.config.ServerConfig;
import dev.propensity.server.config.ServerConfigReader;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code propensity demo}: from nothing to a scoring server in one command. Generates the synthetic sample
 * if it is missing, trains and promotes a first model if the registry has none, makes keys if none are
 * configured, then serves and prints a curl that works.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generate sample data and train a model if needed, then serve it with demo keys.")
public final class DemoCommand implements Callable<Integer> {
    static final Path SAMPLE = Path.of("datasets", "sample", "opportunities.csv");
    static final Path SCHEMA = Path.of("datasets", "synthetic.schema.json");

    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions options = new ServerOptions();

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config;
        try {
            config = new ServerConfigReader(options.flags(), System.getenv()).read();
        } catch (ConfigException e) {
            err.println("propensity demo: " + e.getMessage());
            return 2;
        }
        if (!Files.exists(SAMPLE) && !generate(out, err)) {
            return 1;
        }
        try {
            if (!ensureChampion(config.models(), out, err)) {
                return 1;
            }
        } catch (SchemaException | DataException | RegistryException e) {
            err.println("propensity demo: cannot train a first model: " + e.getMessage());
            return 1;
        }
        if (config.keys().isEmpty()) {
            List<KeySpec> keys = DemoKeys.createOrReuse(DemoKeys.FILE);
            config = config.withKeys(keys);
            out.printf("Demo keys are in %s (readable by you only).%n", DemoKeys.FILE.toAbsolutePath());
        }
        printCurl(out, config);
        return ServerRunner.runUntilStopped(config, out);
    }

    private boolean generate(PrintWriter out, PrintWriter err) {
        CommandLine generate = spec.root().commandLine().getSubcommands().get("generate");
        if (generate == null) {
            err.println("propensity demo: " + SAMPLE + " is missing and this build has no 'generate' command to make it;"
                    + " put a CSV there or train on your own data with 'propensity train --schema ...'.");
            return false;
        }
        out.println("Generating the synthetic sample (" + SAMPLE + ")...");
        return generate.execute() == 0;
    }

    private boolean ensureChampion(Path models, PrintWriter out, PrintWriter err) {
        ModelRegistry registry = ModelRegistry.at(models);
        if (registry.champion().isPresent()) {
            return true;
        }
        out.println("No champion in " + models + ": training a first model from " + SCHEMA + "...");
        TrainingRun.Result result = new TrainingRun(registry, TrainingOptions.DEFAULT, t -> Map.of())
                .run(new LeadTableLoader(SchemaReader.read(SCHEMA)).load(), true, "demo", "demo: first model");
        if (registry.champion().isEmpty()) {
            err.println("propensity demo: " + result.version().label() + " was trained but not promoted: "
                    + String.join("; ", result.trained().verdict().problems()));
            return false;
        }
        out.println("Promoted " + result.version().label() + ".");
        return true;
    }

    /** A lead of the synthetic sample's shape, so the first curl shows real reasons. */
    private static final String EXAMPLE_LEAD = "{\"lead_id\":\"L42\",\"industry\":\"Software\",\"employees\":450,"
            + "\"country\":\"Germany\",\"contact_title\":\"VP of Marketing\",\"lead_source\":\"referral\","
            + "\"registration_form\":\"demo request\",\"requested_call\":true,\"web_visits\":14,"
            + "\"days_since_last_activity\":2,\"budget_confirmed\":true,\"timeframe\":\"<3 months\"}";

    private static void printCurl(PrintWriter out, ServerConfig config) {
        String key = config.keys().get(0).secret();
        out.printf("Try it:%n  curl -s -H 'Authorization: Bearer %s' -H 'Content-Type: application/json' \\%n"
                + "    -d '%s' \\%n    http://%s:%d/v1/score%n", key, EXAMPLE_LEAD, config.host(), config.port());
        out.println("(fields the model expects but the lead lacks are scored as missing and listed in 'warnings')");
        out.printf("Dashboard: http://%s:%d/ (paste a key from above when it asks)%n", config.host(), config.port());
    }
}
