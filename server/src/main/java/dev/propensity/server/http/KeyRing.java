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

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
