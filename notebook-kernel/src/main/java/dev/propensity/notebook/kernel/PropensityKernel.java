package dev.propensity.notebook.kernel;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.propensity.notebook.display.Show;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;

/**
 * The Jupyter kernel behind the notebooks: each cell is Java, run by JShell in this JVM with the project's jar
 * (given at start) and this module's display classes on its class path. JJava's {@link BaseKernel} does the
 * protocol: it calls {@link #eval} for a cell, publishes what comes back as the cell's result, and turns an
 * exception into Jupyter's error reply. Build one with {@link #builder()}; close it with {@link #onShutdown}.
 */
public final class PropensityKernel extends BaseKernel {
    /** What every notebook may use without importing it. */
    static final List<String> STARTUP_IMPORTS = List.of(
            "import java.util.*;", "import java.util.stream.*;", "import java.nio.file.*;", "import java.io.*;",
            "import dev.propensity.notebook.display.*;", "import static dev.propensity.notebook.display.Show.*;");

    private final JShell shell;
    private final SnippetRunner runner;

    // Only the builder calls this, with the parts JJava's builder makes; no history, magics or extensions.
    private PropensityKernel(String name, String version, JupyterIO io, CommManager comms, Renderer renderer,
                             MagicsRegistry magics, StringStyler errors, List<Path> classpath) {
        super(name, version,
                new LanguageInfo("java", Runtime.version().toString(), "text/x-java", ".jshell", "java", "java", null),
                List.of(), null, io, comms, renderer, null, magics, false, errors);
        CapturingExecutionControl execution = new CapturingExecutionControl();
        this.shell = JShell.builder().executionEngine(new CapturingExecutionControl.Provider(execution), Map.of()).build();
        for (Path entry : classpath) {
            shell.addToClasspath(entry.toString());
        }
        this.runner = new SnippetRunner(shell, execution);
        for (String line : STARTUP_IMPORTS) {
            runner.run(line);
        }
    }

    /** A builder; its {@link Builder#build()} also makes the kernel the one {@link Show} displays through. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Object evalRaw(String source) {
        return runner.run(source).value().orElse(null);
    }

    @Override
    public DisplayData eval(String source) {
        Object value = evalRaw(source);
        if (value == null) {
            return null;
        }
        return value instanceof DisplayData data ? data : getRenderer().render(value);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        List<SourceCodeAnalysis.Documentation> docs = shell.sourceCodeAnalysis().documentation(code, at, false);
        if (docs.isEmpty()) {
            return null;
        }
        return new DisplayData(docs.get(0).signature());
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        int[] anchor = new int[1];
        List<String> names = new ArrayList<>(new LinkedHashSet<>(shell.sourceCodeAnalysis()
                .completionSuggestions(code, at, anchor).stream().map(SourceCodeAnalysis.Suggestion::continuation).toList()));
        return new ReplacementOptions(names, anchor[0], at);
    }

    @Override
    public String isComplete(String code) {
        return switch (shell.sourceCodeAnalysis().analyzeCompletion(code).completeness()) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> IS_COMPLETE_YES;
            case DEFINITELY_INCOMPLETE -> "    ";
            case CONSIDERED_INCOMPLETE -> IS_COMPLETE_MAYBE;
            case UNKNOWN -> IS_COMPLETE_BAD;
        };
    }

    @Override
    public void interrupt() {
        shell.stop();
    }

    /** A failed cell reads as its one-line reason and the cell's own frames, not the kernel's stack. */
    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof CellFailedException failed) {
            List<String> lines = new ArrayList<>();
            lines.add(errorStyler.primary(failed.getMessage()));
            failed.details().forEach(line -> lines.add(errorStyler.secondary(line)));
            return lines;
        }
        return super.formatError(e);
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        shell.close();
        super.onShutdown(isRestarting);
    }

    /** Builds the kernel; {@link #classpath} is the project's jar (or any class path) the cells compile against. */
    public static final class Builder extends BaseKernelBuilder<Builder, PropensityKernel> {
        private final List<Path> classpath = new ArrayList<>();

        private Builder() {
            name("Propensity Java");
            version(Builder.class.getPackage().getImplementationVersion() == null ? "dev"
                    : Builder.class.getPackage().getImplementationVersion());
        }

        /** Adds class path entries (jars or class folders) for the cells. */
        public Builder classpath(List<Path> entries) {
            classpath.addAll(entries);
            return this;
        }

        @Override
        public PropensityKernel build() {
            Set<Path> entries = new LinkedHashSet<>();
            // The cells compile against the display classes and JJava's types they use; loading them goes to this
            // JVM's class loader first, so a cell and the kernel share one Show and one renderer.
            entries.add(codeSource(Show.class));
            entries.add(codeSource(BaseKernel.class));
            entries.addAll(classpath);
            PropensityKernel kernel = new PropensityKernel(buildName(), buildVersion(),
                    buildJupyterIO(buildJupyterIOEncoding()), buildCommManager(), buildRenderer(), buildMagicsRegistry(),
                    buildErrorStyler(), List.copyOf(entries));
            kernel.onStartup();
            return kernel;
        }

        private static Path codeSource(Class<?> type) {
            try {
                return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException("cannot locate " + type.getName() + ": " + e.getMessage(), e);
            }
        }
    }
}
