package dev.propensity.notebook.kernel;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * What {@code kernel.json} starts: {@code KernelMain [--classpath PATHS] CONNECTION_FILE}. {@code PATHS} (separated
 * by the platform's path separator) is what the cells compile and run against: the project's jar, written into the
 * kernelspec by {@code notebooks/install-kernel.sh}. Only wires; the kernel is {@link PropensityKernel}.
 */
public final class KernelMain {
    private KernelMain() {
    }

    /** Serves the connection Jupyter wrote to the file in {@code args} until Jupyter shuts the kernel down. */
    public static void main(String[] args) throws Exception {
        // JJava logs every loop start and stop at INFO; a notebook's log should hold what went wrong.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        List<Path> classpath = new ArrayList<>();
        if (rest.size() >= 2 && rest.get(0).equals("--classpath")) {
            for (String entry : rest.get(1).split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    classpath.add(Path.of(entry));
                }
            }
            rest = rest.subList(2, rest.size());
        }
        if (rest.size() != 1 || !Files.isRegularFile(Path.of(rest.get(0)))) {
            System.err.println("usage: KernelMain [--classpath PATHS] CONNECTION_FILE (a Jupyter connection file that exists)");
            System.exit(2);
        }
        for (Path entry : classpath) {
            if (!Files.exists(entry)) {
                // Say it at start rather than as a puzzling "package does not exist" in the first cell.
                System.err.println("warning: class path entry " + entry + " does not exist; build the project first "
                        + "(./mvnw -B -q -DskipTests package)");
            }
        }
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(rest.get(0))));
        JupyterConnection connection = new JupyterConnection(properties);
        PropensityKernel kernel = PropensityKernel.builder().classpath(classpath).build();
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
    }
}
