package dev.propensity.server.cli;

import dev.propensity.server.config.ConfigException;
import dev.propensity.server.config.ServerConfig;
import dev.propensity.server.config.ServerConfigReader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code propensity serve}: the scoring server, configured by flags and {@code PROPENSITY_*} variables. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the champion model over HTTP. Keys come from PROPENSITY_API_KEY, PROPENSITY_ADMIN_KEY or a keys file.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions options = new ServerOptions();

    // The process environment; a test gives its own so that its outcome does not depend on the machine.
    java.util.Map<String, String> environment = System.getenv();

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config;
        try {
            config = new ServerConfigReader(options.flags(), environment).read();
            if (config.keys().isEmpty()) {
                throw new ConfigException("no API keys: set PROPENSITY_API_KEY, PROPENSITY_ADMIN_KEY or PROPENSITY_KEYS_FILE"
                        + " (or run 'propensity demo', which makes some)");
            }
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("propensity serve: " + e.getMessage());
            return 2;
        }
        return ServerRunner.runUntilStopped(config, spec.commandLine().getOut());
    }
}
