package dev.propensity.server.http;

import dev.propensity.server.config.KeySpec;
import dev.propensity.server.config.Scope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accepted API keys, kept as SHA-256 digests. A presented key is hashed and compared with every digest
 * in constant time ({@link MessageDigest#isEqual}), without stopping at a match, so the time taken says
 * nothing about how close a guess was or which key matched.
 */
public final class KeyRing {
    /** A key holder: name and scopes, never the secret. */
    public record Holder(String name, Set<Scope> scopes) {
    }

    private record Entry(byte[] digest, Holder holder) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public KeyRing(List<KeySpec> keys) {
        for (KeySpec key : keys) {
            entries.add(new Entry(sha256(key.secret()), new Holder(key.name(), key.scopes())));
        }
    }

    /** The holder of {@code presented}, empty when no key matches. */
    public Optional<Holder> find(String presented) {
        byte[] digest = sha256(presented);
        Holder found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest(), digest) && found == null) {
                found = entry.holder();
            }
        }
        return Optional.ofNullable(found);
    }

    // One digest per thread, reused: looking the algorithm up among the security providers for every request
    // cost more than hashing the key. digest() resets it for the next use.
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    private static byte[] sha256(String text) {
        return SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
