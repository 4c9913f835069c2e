package dev.propensity.registry;

import static dev.propensity.registry.RegistryFixtures.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryConcurrencyTest {
    private static final int THREADS = 6;
    private static final int EACH = 3;

    @TempDir
    Path dir;

    @Test
    void threadsPublishingAtOnceGetDistinctConsecutiveNumbers() throws Exception {
        RegistryFixtures.model();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Integer>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                // A registry object per thread, as separate parts of a program would each have their own.
                ModelRegistry registry = new ModelRegistry(dir, new TestClock());
                results.add(pool.submit(() -> {
                    start.await();
                    List<Integer> mine = new ArrayList<>();
                    for (int i = 0; i < EACH; i++) {
                        mine.add(publish(registry, 0.8).number());
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> result : results) {
                all.addAll(result.get(60, TimeUnit.SECONDS));
            }
            Set<Integer> distinct = new TreeSet<>(all);
            assertEquals(THREADS * EACH, all.size());
            assertEquals(IntStream.rangeClosed(1, THREADS * EACH).boxed().collect(Collectors.toSet()), distinct);
        } finally {
            pool.shutdownNow();
        }
        ModelRegistry reader = new ModelRegistry(dir, new TestClock());
        for (ModelVersion version : reader.versions()) {
            assertEquals(version.number(), version.manifest().get("version").asInt());
        }
        assertEquals(List.of(), leftovers());
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".tmp-")).toList();
        }
    }
}
