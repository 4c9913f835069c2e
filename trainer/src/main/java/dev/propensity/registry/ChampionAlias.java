package dev.propensity.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * The {@code champion} file, {@code {"version": N}}: which version is in use. It is replaced by writing
 * {@code champion.tmp} and moving it over the old file in one step, so after a crash at any moment the
 * file names either the old champion or the new one, never nothing and never half a number.
 */
final class ChampionAlias {
    static final String FILE = "champion";
    static final String TEMP_FILE = "champion.tmp";

    private final Path root;
    private final CrashPoint crash;

    ChampionAlias(Path root, CrashPoint crash) {
        this.root = root;
        this.crash = crash;
    }

    /** The champion's number, empty when no version was ever promoted. */
    OptionalInt read() {
        Path file = root.resolve(FILE);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return OptionalInt.empty();
        } catch (IOException e) {
            throw new RegistryException(RegistryException.Kind.IO_FAILURE,
                    "cannot read the champion alias " + file + ": " + e.getMessage(), e);
        }
        JsonNode version;
        try {
            version = Manifests.MAPPER.readTree(text).path("version");
        } catch (IOException e) {
            version = null;
        }
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber() || version.asInt() < 1) {
            throw new RegistryException(RegistryException.Kind.DAMAGED,
                    "the champion alias " + file + " should hold {\"version\": N} but holds: " + text.strip());
        }
        return OptionalInt.of(version.asInt());
    }

    /** Points the alias at {@code number}; the caller holds the registry lock. */
    void write(int number) throws IOException {
        Path temp = root.resolve(TEMP_FILE);
        byte[] body = ("{\"version\": " + number + "}\n").getBytes(StandardCharsets.UTF_8);
        // Overwriting is right: a champion.tmp that exists now was left by a crash and was never in use.
        DurableFiles.overwrite(temp, body);
        crash.reached(CrashPoint.Step.ALIAS_TEMP_WRITTEN);
        DurableFiles.moveAtomically(temp, root.resolve(FILE));
        crash.reached(CrashPoint.Step.ALIAS_MOVED);
        DurableFiles.syncFolder(root);
    }
}
