package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.propensity.server.config.KeySpec;
import dev.propensity.server.config.Scope;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A presented key finds its holder and nothing else, call after call on the same thread (the digest is reused). */
class KeyRingTest {
    private final KeyRing ring = new KeyRing(List.of(
            new KeySpec("crm", "crm-secret-0123456789", Set.of(Scope.SCORE)),
            new KeySpec("ops", "ops-secret-0123456789", Set.of(Scope.SCORE, Scope.FEEDBACK))));

    @Test
    void eachKeyFindsItsOwnHolderAndNearMissesFindNone() {
        for (int round = 0; round < 3; round++) {
            assertEquals(Optional.of(new KeyRing.Holder("crm", Set.of(Scope.SCORE))), ring.find("crm-secret-0123456789"));
            assertEquals(Optional.empty(), ring.find("crm-secret-012345678"));
            assertEquals(Optional.empty(), ring.find("crm-secret-01234567890"));
            assertEquals("ops", ring.find("ops-secret-0123456789").orElseThrow().name());
            assertEquals(Optional.empty(), ring.find(""));
        }
    }

    @Test
    void threadsFindTheSameHolders() throws InterruptedException {
        String[] found = new String[4];
        Thread[] threads = new Thread[found.length];
        for (int t = 0; t < threads.length; t++) {
            int i = t;
            threads[t] = new Thread(() -> {
                String name = null;
                for (int n = 0; n < 2_000; n++) {
                    String key = n % 2 == 0 ? "crm-secret-0123456789" : "ops-secret-0123456789";
                    String got = ring.find(key).map(KeyRing.Holder::name).orElse("none");
                    if (!got.equals(n % 2 == 0 ? "crm" : "ops")) {
                        name = "wrong at " + n + ": " + got;
                        break;
                    }
                }
                found[i] = name == null ? "ok" : name;
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of("ok", "ok", "ok", "ok"), List.of(found));
    }
}
