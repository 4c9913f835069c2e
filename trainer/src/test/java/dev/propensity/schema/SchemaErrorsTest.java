package dev.propensity.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.data.DataException;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.testing.TinyLeads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaErrorsTest {
    @TempDir
    Path dir;

    private Path schemaWith(String from, String to) throws IOException {
        Path schema = TinyLeads.write(dir, 200, 1);
        Files.writeString(schema, Files.readString(schema).replace(from, to));
        return schema;
    }

    private static String messageOf(Runnable action) {
        RuntimeException e = assertThrows(RuntimeException.class, action::run);
        assertTrue(e instanceof SchemaException || e instanceof DataException, "a clear error, not " + e);
        return e.getMessage();
    }

    @Test
    void aMisspeltKindNamesTheColumnAndTheAcceptedKinds() throws IOException {
        Path schema = schemaWith("\"name\": \"employees\", \"kind\": \"numeric\"", "\"name\": \"employees\", \"kind\": \"numerci\"");
        String message = messageOf(() -> SchemaReader.read(schema));
        assertTrue(message.contains("'employees'") && message.contains("numerci") && message.contains("categorical, numeric, boolean"), message);
    }

    @Test
    void aColumnMissingFromTheDataIsNamedWithTheColumnsThereAre() throws IOException {
        Path schema = schemaWith("\"name\": \"noise\"", "\"name\": \"Noise level\"");
        String message = messageOf(() -> new LeadTableLoader(SchemaReader.read(schema)).load());
        assertTrue(message.contains("'Noise level'") && message.contains("leads.csv") && message.contains("noise"), message);
    }

    @Test
    void aWrongCaseColumnGetsADidYouMean() throws IOException {
        Path schema = schemaWith("\"name\": \"noise\"", "\"name\": \"NOISE\"");
        String message = messageOf(() -> new LeadTableLoader(SchemaReader.read(schema)).load());
        assertTrue(message.contains("did you mean 'noise'"), message);
    }

    @Test
    void excludingAColumnThatIsNotThereIsRefusedWithADidYouMean() throws IOException {
        Path schema = schemaWith("{\"name\": \"stage\", \"reason\"", "{\"name\": \"stgae\", \"reason\"");
        String message = messageOf(() -> new LeadTableLoader(SchemaReader.read(schema)).load());
        assertTrue(message.contains("'stgae' excluded") && message.contains("did you mean 'stage'"), message);
    }

    @Test
    void aMisnamedFeatureGetsItsDidYouMeanBeforeAnySegmentCheck() throws IOException {
        Path schema = schemaWith("\"exclude\"", "\"segments\": [\"industry\"], \"exclude\"");
        Files.writeString(schema, Files.readString(schema).replace("\"name\": \"industry\"", "\"name\": \"industri\""));
        String message = messageOf(() -> new LeadTableLoader(SchemaReader.read(schema)).load());
        assertTrue(message.contains("'industri'") && message.contains("did you mean 'industry'"), message);
        assertTrue(!message.contains("segment"), message);
    }

    @Test
    void aSegmentThatIsNotAFeatureSuggestsTheNearestFeature() throws IOException {
        Path schema = schemaWith("\"exclude\"", "\"segments\": [\"industy\"], \"exclude\"");
        String message = messageOf(() -> new LeadTableLoader(SchemaReader.read(schema)).load());
        assertTrue(message.contains("segment 'industy'") && message.contains("did you mean 'industry'"), message);
    }

    @Test
    void theNearestNameIsASlipAwayOrNothing() {
        assertEquals("close_date", NearestName.of("closed_at", java.util.List.of("lead_id", "outcome", "amount",
                "close_date", "idempotency_key")).orElseThrow());
        assertEquals("Lead Source", NearestName.of("lead_source", java.util.List.of("Lead Source", "Country")).orElseThrow());
        assertTrue(NearestName.of("budget", java.util.List.of("industry", "country")).isEmpty());
        assertEquals(3, NearestName.distance("kitten", "sitting"));
    }

    @Test
    void aLabelWithOneClassIsRefused() throws IOException {
        Path schema = TinyLeads.write(dir, 100, 1);
        Path csv = dir.resolve("leads.csv");
        Files.writeString(csv, Files.readString(csv).replace(",lost\n", ",won\n"));
        String message = messageOf(() -> new LeadTableLoader(SchemaReader.read(schema)).load());
        assertTrue(message.contains("only one class") && message.contains("'outcome'"), message);
    }

    @Test
    void aPositiveValueThatNeverOccursListsTheValuesSeen() throws IOException {
        Path schema = schemaWith("\"positive\": \"won\"", "\"positive\": \"Won!\"");
        String message = messageOf(() -> new LeadTableLoader(SchemaReader.read(schema)).load());
        assertTrue(message.contains("'Won!'") && message.contains("lost") && message.contains("won"), message);
    }

    @Test
    void aTextColumnDeclaredNumericNamesTheColumnValueAndRow() throws IOException {
        Path schema = schemaWith("\"name\": \"industry\", \"kind\": \"categorical\"", "\"name\": \"industry\", \"kind\": \"numeric\"");
        String message = messageOf(() -> new LeadTableLoader(SchemaReader.read(schema)).load());
        assertTrue(message.contains("'industry'") && message.contains("not a number") && message.contains("row"), message);
    }

    @Test
    void invalidJsonSaysWhere() throws IOException {
        Path schema = schemaWith("\"name\": \"tiny\",", "\"name\": \"tiny\"");
        String message = messageOf(() -> SchemaReader.read(schema));
        assertTrue(message.contains("not valid JSON") && message.contains("line"), message);
    }

    @Test
    void anExclusionWithoutAReasonIsRefused() throws IOException {
        Path schema = schemaWith(", \"reason\": \"leakage: known after the outcome\"", "");
        String message = messageOf(() -> SchemaReader.read(schema));
        assertTrue(message.contains("'stage'") && message.contains("reason"), message);
    }

    @Test
    void aColumnWithTwoRolesIsRefused() throws IOException {
        Path schema = schemaWith("{\"name\": \"stage\"", "{\"name\": \"noise\"");
        String message = messageOf(() -> SchemaReader.read(schema));
        assertTrue(message.contains("'noise'") && message.contains("more than one role"), message);
    }

    @Test
    void aSchemaRoundTripsThroughTheWriter() throws IOException {
        Schema schema = SchemaReader.read(TinyLeads.write(dir, 10, 1));
        Schema again = SchemaReader.parse(SchemaWriter.toJson(schema), dir, "manifest");
        assertEquals(schema.features(), again.features());
        assertEquals(schema.excluded(), again.excluded());
        assertEquals(schema.label(), again.label());
    }
}
