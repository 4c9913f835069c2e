package dev.propensity.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.propensity.server.config.KeySpec;
import dev.propensity.server.config.KeysFile;
import dev.propensity.server.config.Scope;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

/**
 * The demo's keys: read from {@code .propensity/keys.json} when it exists, otherwise made at random and
 * written there, readable by the owner only, so the demo works without any set-up and without keys in
 * the command line.
 */
final class DemoKeys {
    static final Path FILE = Path.of(".propensity", "keys.json");
    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoKeys() {
    }

    static List<KeySpec> createOrReuse(Path file) throws IOException {
        if (Files.exists(file)) {
            return KeysFile.read(file, file.toString());
        }
        List<KeySpec> keys = List.of(
                new KeySpec("demo-crm", random(), EnumSet.of(Scope.SCORE, Scope.FEEDBACK)),
                new KeySpec("demo-admin", random(), EnumSet.allOf(Scope.class)));
        write(file, keys);
        return keys;
    }

    private static void write(Path file, List<KeySpec> keys) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (KeySpec key : keys) {
            ArrayNode scopes = array.addObject().put("name", key.name()).put("key", key.secret()).putArray("scopes");
            key.scopes().stream().sorted().forEach(s -> scopes.add(s.wireName()));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            // Created with mode 600 from the start, so the keys are never readable by others, not even briefly.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.write(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(array));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
