package dev.propensity.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.persona.PersonaBook;
import dev.propensity.persona.PersonaBookJson;
import dev.propensity.persona.PersonaInput;
import dev.propensity.registry.ModelVersion;
import dev.propensity.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reloads a version's data as its model read it: a version whose model takes the persona (issue 9) has no persona
 * column in its data file, so the column is derived again from the version's own {@code personas.json}.
 */
final class PersonaInputReplay {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PersonaInputReplay() {
    }

    static LeadTable load(ModelVersion version, Schema schema, Path data, Optional<Path> survey) {
        Path book = version.file(PersonaBook.FILE);
        if (!PersonaInput.takes(schema) || !Files.exists(book)) {
            return new LeadTableLoader(schema).load(data, survey);
        }
        LeadTable table = new LeadTableLoader(PersonaInput.without(schema)).load(data, survey);
        try {
            return PersonaInput.withColumn(table, PersonaBookJson.read(MAPPER.readTree(book.toFile()), schema.format()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + book, e);
        }
    }
}
