package dev.propensity.cli;

import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar on standard error while a long step runs, shown only when a person is watching (the console
 * is a terminal): in CI logs and pipes, redrawn bars are only noise.
 */
public final class ConsoleProgress implements LongConsumer, AutoCloseable {
    private final ProgressBar bar;

    private ConsoleProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * A bar counting up to {@code total} (-1 when the total is not known in advance: the bar then shows the count and
     * the rate) when the console is a terminal, otherwise one that shows nothing.
     */
    public static ConsoleProgress start(String task, long total) {
        return start(task, total, System.console() != null);
    }

    static ConsoleProgress start(String task, long total, boolean visible) {
        if (!visible) {
            return new ConsoleProgress(null);
        }
        return new ConsoleProgress(new ProgressBarBuilder().setTaskName(task).setInitialMax(total).build());
    }

    /** Whether the bar is drawn (a person is watching), so that a caller prints its own lines only otherwise. */
    public boolean visible() {
        return bar != null;
    }

    /** Moves the bar to {@code done}. */
    @Override
    public void accept(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
