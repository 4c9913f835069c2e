package dev.propensity.notebook.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.propensity.server.testing.SystemPackages;

/**
 * Debian's Jupyter with this checkout's kernel registered in a folder of its own, as {@code
 * notebooks/install-kernel.sh} registers it for a person (the tests run that very script). Runs {@code jupyter}
 * commands against it and hands back their exit code and output.
 */
final class Jupyter {
    /** A finished command. */
    record Run(int exitCode, String output) {
    }

    private final Path jupyterPath;
    private final Path runtime;

    private Jupyter(Path jupyterPath, Path runtime) {
        this.jupyterPath = jupyterPath;
        this.runtime = runtime;
    }

    /** Installs the Debian packages if missing and registers the kernel under {@code folder}. */
    static Jupyter install(Path folder) throws IOException, InterruptedException {
        SystemPackages.ensure("jupyter", "jupyter-nbconvert", "python3-nbclient", "fonts-dejavu-core");
        Path root = SystemPackages.repositoryRoot();
        Jupyter jupyter = new Jupyter(folder.resolve("jupyter"), Files.createDirectories(folder.resolve("runtime")));
        Run install = jupyter.run(root, List.of("bash", root.resolve("notebooks/install-kernel.sh").toString(),
                "--no-build", "--dir", jupyter.jupyterPath.toString()));
        if (install.exitCode() != 0) {
            throw new IllegalStateException("install-kernel.sh failed:\n" + install.output());
        }
        return jupyter;
    }

    /** The kernelspec the install script wrote. */
    Path kernelJson() {
        return jupyterPath.resolve("kernels/propensity-java/kernel.json");
    }

    /**
     * Executes {@code notebook} headless, every cell in order, into {@code outputDir}; a failing cell stops the run
     * with a non-zero exit code. 600 s per cell is a guard against a hung kernel, not a performance target.
     */
    Run execute(Path notebook, Path outputDir) throws IOException, InterruptedException {
        return run(notebook.getParent(), List.of("/usr/bin/jupyter", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=600", "--output-dir", outputDir.toString(), notebook.toString()));
    }

    /** Runs a Python script with Debian's Python (where jupyter_client is) and this registration. */
    Run python(Path script, Path workingDir) throws IOException, InterruptedException {
        return run(workingDir, List.of("/usr/bin/python3", script.toString()));
    }

    private Run run(Path workingDir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(workingDir.toFile())
                .redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("JUPYTER_PATH", jupyterPath.toString());
        env.put("JUPYTER_RUNTIME_DIR", runtime.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        // The notebooks read the bundled sample unless told otherwise; a developer's own settings must not leak in.
        env.remove("PROPENSITY_NOTEBOOK_SCHEMA");
        env.remove("PROPENSITY_MODELS");
        env.remove("PROPENSITY_DB_URL");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("hung: " + command + "\n" + output);
        }
        return new Run(process.exitValue(), output);
    }
}
