package dev.propensity.notebook.kernel;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs snippets in the kernel's JVM, like JShell's {@code local} engine, and keeps the value of the last one as an
 * object. JShell itself hands a client only the value's {@code toString()}; a notebook wants the object, so that a
 * chart is shown as a picture and a table as HTML.
 *
 * <p>Snippets run on the thread that asked for them (the kernel's shell thread), so {@link #stop()} can only
 * interrupt it: a cell that never looks at its interrupt flag runs on.
 */
final class CapturingExecutionControl extends LocalExecutionControl {
    private final AtomicReference<Object> lastValue = new AtomicReference<>();
    private volatile Thread running;

    /** The value the last snippet produced; null for a statement or a declaration without a value. */
    Object lastValue() {
        return lastValue.get();
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        lastValue.set(null);
        running = Thread.currentThread();
        try {
            // An exception leaves as InvocationTargetException, which JShell turns into the EvalException (with
            // the cell's class name, message and frames) or the unresolved-reference error its client reads.
            Object value = doitMethod.invoke(null);
            lastValue.set(value);
            return value == null ? "null" : String.valueOf(value);
        } finally {
            running = null;
            Thread.interrupted();
        }
    }

    @Override
    public void stop() {
        Thread thread = running;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Hands JShell the one instance whose last value the kernel reads. */
    record Provider(CapturingExecutionControl control) implements ExecutionControlProvider {
        @Override
        public String name() {
            return "propensity-capturing";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return control;
        }
    }
}
