package dev.propensity.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.features.LeadValues;
import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persona input: one assignment for training rows and requests, derived whatever a request says itself. */
class PersonaInputTest {
    // employees standardised with mean 100, sd 50; two centroids at -1 and +1.
    private static final PersonaBook BOOK = new PersonaBook(Optional.empty(), new MixedEncoding(List.of(
            new EncodedField("employees", FeatureKind.NUMERIC, false, false, 100, 50, List.of(), 0)), 0.5, CsvFormat.DEFAULT),
            new double[][] {{-1}, {1}}, List.of(new PersonaName("P1", "Small", "", Optional.empty()),
                    new PersonaName("P2", "Large", "", Optional.empty())), new double[] {0.2, 0.4}, List.of(List.of(),
                    List.of()), List.of(List.of(), List.of()), 0.5, 0);

    @TempDir
    Path folder;

    @Test
    void aRequestsOwnPersonaIsReplacedByTheAssignedOne() {
        LeadValues request = Map.<String, Object>of("employees", 160, "persona", "P1")::get;
        LeadValues read = PersonaInput.with(BOOK, BOOK.assigner(), request);
        assertEquals("P2", read.get(PersonaInput.FIELD), "160 employees is +1.2 sd: nearer the second centroid");
        assertEquals(160, read.get("employees"));
        assertNull(PersonaInput.with(BOOK, BOOK.assigner(), Map.<String, Object>of()::get).get(PersonaInput.FIELD),
                "a lead without the persona fields has no persona value (missing), as 'unknown' answers say");
    }

    @Test
    void aTrainingTableGainsTheColumnAndFeatureAndLosesThemForItsFile() throws IOException {
        LeadTable table = new LeadTableLoader(SchemaReader.read(TinyLeads.write(folder, 50, 1))).load();
        LeadTable with = PersonaInput.withColumn(table, BOOK);
        assertTrue(PersonaInput.takes(with.schema()));
        assertEquals(PersonaInput.FIELD, with.schema().featureNames().get(with.schema().featureNames().size() - 1));
        for (int r = 0; r < table.size(); r++) {
            Object employees = table.column("employees").raw(r);
            String expected = employees == null ? null : ((Number) employees).doubleValue() > 100 ? "P2" : "P1";
            assertEquals(expected, with.column(PersonaInput.FIELD).raw(r), "row " + r);
        }
        assertFalse(PersonaInput.takes(PersonaInput.without(with.schema())));
        assertEquals(table.schema().featureNames(), PersonaInput.without(with.schema()).featureNames());
    }

    @Test
    void aSchemaWithItsOwnPersonaFeatureIsRefusedWithItsName() throws IOException {
        Path schema = TinyLeads.write(folder, 20, 1);
        String text = java.nio.file.Files.readString(schema).replace("\"noise\"", "\"persona\"").strip();
        java.nio.file.Files.writeString(schema, text.substring(0, text.length() - 1)
                + ", \"personas\": {\"fields\": [\"industry\", \"employees\"]}}");
        PersonaException e = org.junit.jupiter.api.Assertions.assertThrows(PersonaException.class,
                () -> PersonaSettingsReader.read(schema, SchemaReader.read(schema)));
        assertTrue(e.getMessage().contains("the feature 'persona' has the name of the persona input"), e.getMessage());
    }
}
