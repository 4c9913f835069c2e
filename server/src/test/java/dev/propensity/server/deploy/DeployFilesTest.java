package dev.propensity.server.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.server.testing.SystemPackages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Dockerfile and the Kubernetes manifests under {@code deploy/} are checked where Docker and a cluster cannot
 * run: {@code deploy/validate.sh} validates every manifest against the Kubernetes OpenAPI schemas (npm
 * kubernetes-models), lints the Dockerfile (npm dockerfile-utils) and checks what the replicas rely on (readiness on
 * /ready, non-root, keys from a Secret, the registry on a shared claim, a JRE base and a HEALTHCHECK). A broken copy
 * shows the check can fail.
 */
class DeployFilesTest {
    @TempDir
    Path folder;

    @Test
    void theShippedDockerfileAndManifestsAreValid() throws Exception {
        Result result = validate(null, null);

        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("valid: 4 Kubernetes objects"), result.output());
    }

    @Test
    void aBrokenCopyIsRejectedWithEachProblemNamed() throws Exception {
        Path root = SystemPackages.repositoryRoot();
        Path manifests = Files.createDirectories(folder.resolve("k8s"));
        try (Stream<Path> files = Files.list(root.resolve("deploy/k8s"))) {
            for (Path file : files.toList()) {
                Files.copy(file, manifests.resolve(file.getFileName()));
            }
        }
        Path deployment = manifests.resolve("deployment.yaml");
        Files.writeString(deployment, Files.readString(deployment)
                .replace("path: /ready", "path: /health").replace("containerPort: 7070", "containerPort: \"seventy\""));
        Path dockerfile = folder.resolve("Dockerfile");
        Files.writeString(dockerfile, Files.readString(root.resolve("deploy/Dockerfile"))
                .replace("USER 10001:10001", "USER root").replace("EXPOSE 7070", "EXPOS 7070"));

        Result result = validate(manifests, dockerfile);

        assertEquals(1, result.exit(), result.output());
        for (String problem : List.of("containerPort must be integer", "readinessProbe must GET /ready",
                "Unknown instruction: EXPOS", "non-root USER")) {
            assertTrue(result.output().contains(problem), "names '" + problem + "':\n" + result.output());
        }
    }

    private record Result(int exit, String output) {
    }

    private Result validate(Path manifests, Path dockerfile) throws IOException, InterruptedException {
        Path root = SystemPackages.repositoryRoot();
        List<String> command = manifests == null
                ? List.of("bash", root.resolve("deploy/validate.sh").toString())
                : List.of("bash", root.resolve("deploy/validate.sh").toString(), manifests.toString(), dockerfile.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // One install of the validators per checkout, kept under server/target between runs.
        builder.environment().put("VALIDATE_WORK", root.resolve("server/target/deploy-validate").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "validate.sh finished");
        return new Result(process.exitValue(), output);
    }
}
