package dev.propensity.server.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure the Debian packages a test drives (a browser, Jupyter, nginx) are installed, through the repository's
 * own {@code .ci/ensure-tools}, so that a fresh clone's {@code ./mvnw -B verify} needs nothing installed by hand.
 * A failed install fails the test: a test that silently skips would pass whatever the code does.
 */
public final class SystemPackages {
    private SystemPackages() {
    }

    /** Installs whichever of {@code packages} are missing; throws with apt's output when that fails. */
    public static void ensure(String... packages) {
        Path script = repositoryRoot().resolve(".ci/ensure-tools");
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(packages));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("could not install " + String.join(" ", packages) + ":\n" + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing " + String.join(" ", packages), e);
        }
    }

    /** The checkout's root: the nearest folder above the working directory that holds {@code .ci/ensure-tools}. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(".ci/ensure-tools"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(".ci/ensure-tools not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
