package dev.propensity.persona;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes a first persona file for the data team to edit, with the ids training found and the descriptions made
 * from their traits. It is written beside its final name and moved into place, so it is never half-written, and
 * an existing file is never overwritten.
 */
public final class PersonaNamesDraft {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PersonaNamesDraft() {
    }

    /** @return false when the file already exists (it is left alone) */
    public static boolean write(Path file, List<PersonaName> personas) {
        if (Files.exists(file)) {
            return false;
        }
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode list = root.putArray("personas");
        for (PersonaName p : personas) {
            ObjectNode n = list.addObject().put("id", p.id()).put("name", p.name()).put("description", p.description());
            p.owner().ifPresent(o -> n.put("owner", o));
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path aside = Files.createTempFile(parent, ".personas", ".tmp");
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(aside.toFile(), root);
            Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            throw new PersonaException("cannot write persona file " + file + ": " + e.getMessage(), e);
        }
    }
}
