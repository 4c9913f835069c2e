package dev.propensity.notebook.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs one cell: splits its source into JShell snippets (a cell holds several statements and declarations), runs
 * them in order, stops at the first that fails and says why, and gives back the value of the last one when that
 * is an expression. JShell reports failures as events rather than exceptions; a notebook needs them as a failed
 * cell, or a headless run would pass whatever the cell did.
 */
final class SnippetRunner {
    /** A cell's outcome: the value of its last expression, if it ended with one. */
    record Result(Optional<Object> value) {
        static final Result NO_VALUE = new Result(Optional.empty());
    }

    private static final StackTraceElement[] NO_FRAMES = new StackTraceElement[0];

    private final JShell shell;
    private final CapturingExecutionControl execution;

    SnippetRunner(JShell shell, CapturingExecutionControl execution) {
        this.shell = shell;
        this.execution = execution;
    }

    /**
     * @throws CellFailedException at the first snippet that does not compile, refers to something undefined or
     *                             throws; snippets before it keep their effect, as in any notebook
     */
    Result run(String cell) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = cell;
        Result result = Result.NO_VALUE;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            boolean complete = info.completeness().isComplete();
            // An incomplete rest (a missing brace) is evaluated as it is, so that JShell's compiler names the problem.
            String source = complete ? info.source() : remaining;
            remaining = complete ? info.remaining() : "";
            result = runSnippet(source);
        }
        return result;
    }

    private Result runSnippet(String source) {
        Result result = Result.NO_VALUE;
        for (SnippetEvent event : shell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue; // a dependent snippet updated as a side effect, not the one this source declared
            }
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                throw compileError(snippet);
            }
            if (event.exception() != null) {
                throw runtimeError(snippet, event.exception());
            }
            if (event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                throw new CellFailedException("cannot define this: it uses " + unresolved(snippet)
                        + ", which no earlier cell defines", List.of(snippet.source()), NO_FRAMES);
            }
            result = isExpression(snippet) ? new Result(Optional.ofNullable(execution.lastValue())) : Result.NO_VALUE;
        }
        return result;
    }

    private static boolean isExpression(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private String unresolved(Snippet snippet) {
        if (snippet instanceof jdk.jshell.DeclarationSnippet declaration) {
            return shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "));
        }
        return "something undefined";
    }

    private CellFailedException compileError(Snippet snippet) {
        List<Diag> diagnostics = shell.diagnostics(snippet).filter(Diag::isError).toList();
        List<String> details = new ArrayList<>();
        for (Diag diag : diagnostics) {
            details.add(diag.getMessage(Locale.ROOT));
            details.addAll(pointAt(snippet.source(), (int) diag.getStartPosition(), (int) diag.getEndPosition()));
        }
        String first = diagnostics.isEmpty() ? "rejected" : diagnostics.get(0).getMessage(Locale.ROOT).lines()
                .findFirst().orElse("rejected");
        return new CellFailedException("the cell does not compile: " + first, details, NO_FRAMES);
    }

    private CellFailedException runtimeError(Snippet snippet, JShellException exception) {
        if (exception instanceof UnresolvedReferenceException unresolved) {
            return new CellFailedException("cannot run " + unresolved.getSnippet().source().strip().lines().findFirst()
                    .orElse("") + ": it uses " + unresolved(unresolved.getSnippet()) + ", which is not defined",
                    List.of(snippet.source()), NO_FRAMES);
        }
        List<StackTraceElement> frames = new ArrayList<>();
        for (StackTraceElement frame : exception.getStackTrace()) {
            if (frame.getClassName().startsWith("jdk.internal.reflect") || frame.getClassName().startsWith("java.lang.reflect")) {
                break; // below are JShell's and the kernel's frames, never the reader's concern
            }
            frames.add(frame);
        }
        List<String> details = new ArrayList<>();
        frames.forEach(frame -> details.add("    at " + frame));
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            details.add("caused by " + describe(cause));
        }
        return new CellFailedException(describe(exception), details, frames.toArray(StackTraceElement[]::new));
    }

    private static String describe(Throwable exception) {
        String name = exception instanceof EvalException eval ? eval.getExceptionClassName() : exception.getClass().getName();
        return exception.getMessage() == null ? name : name + ": " + exception.getMessage();
    }

    /** The source lines a diagnostic covers, each followed by carets under the offending characters. */
    private static List<String> pointAt(String source, int start, int end) {
        List<String> lines = new ArrayList<>();
        int lineStart = 0;
        for (String line : source.split("\n", -1)) {
            int lineEnd = lineStart + line.length();
            if (start <= lineEnd && end >= lineStart) {
                int from = Math.max(start, lineStart) - lineStart;
                int to = Math.max(from + 1, Math.min(end, lineEnd) - lineStart);
                lines.add("    " + line);
                lines.add("    " + " ".repeat(from) + "^".repeat(to - from));
            }
            lineStart = lineEnd + 1;
        }
        return lines;
    }
}
