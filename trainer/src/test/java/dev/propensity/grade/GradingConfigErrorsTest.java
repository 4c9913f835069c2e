package dev.propensity.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.DataException;
import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaException;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake in a schema's grading section or its events file stops training with a message naming it. */
class GradingConfigErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Schema tiny() throws Exception {
        return SchemaReader.read(TinyLeads.write(dir, 10, 1));
    }

    private String error(String section) throws Exception {
        Schema schema = tiny();
        return assertThrows(SchemaException.class,
                () -> GradingSpecReader.parse(JSON.readTree(section), schema, dir, "schema.json")).getMessage();
    }

    @Test
    void eachMistakeInTheGradingSectionIsNamed() throws Exception {
        assertEquals("schema.json grading: expected an object", error("[1]"));
        assertEquals("schema.json grading.intent_fields: expected an array of feature names",
                error("{\"intent_fields\": \"industry\"}"));
        assertEquals("schema.json grading.intent_fields: 'form' is not one of the features",
                error("{\"intent_fields\": [\"industry\", \"form\"]}"));
        assertEquals("schema.json grading.title: 'job' is not one of the features", error("{\"title\": \"job\"}"));
        assertEquals("schema.json grading.events: 'file' is required", error("{\"events\": {\"key\": \"lead_id\"}}"));
        assertEquals("schema.json grading.fit_quantile: expected a number between 0 and 1, got 1.5",
                error("{\"fit_quantile\": 1.5}"));
        assertEquals("schema.json grading.engagement_quantile: expected a number between 0 and 1, got \"high\"",
                error("{\"engagement_quantile\": \"high\"}"));
    }

    @Test
    void aValidSectionIsReadWithItsDefaults() throws Exception {
        GradingSpec spec = GradingSpecReader.parse(JSON.readTree(
                "{\"intent_fields\": [\"industry\"], \"events\": {\"file\": \"events.csv\"}, \"fit_quantile\": 0.7}"),
                tiny(), dir, "schema.json");
        assertEquals(0.7, spec.fitQuantile());
        assertEquals(Thresholds.DEFAULT_QUANTILE, spec.engagementQuantile());
        GradingSpec.EventsSource events = spec.events().orElseThrow();
        assertEquals(dir.resolve("events.csv").toString(), events.file(), "a relative events file is the schema's neighbour");
        assertEquals("lead_id", events.key(), "the key defaults to the schema's id");
        assertEquals("event_type", events.type());
        assertEquals("event_time", events.time());
    }

    @Test
    void eachMistakeInTheEventsFileIsNamedWithItsRow() throws Exception {
        GradingSpec.EventsSource source = new GradingSpec.EventsSource(dir.resolve("events.csv").toString(), "lead_id",
                "event_type", "event_time");
        assertEquals("events file " + source.file() + " has no column 'event_time' (columns: [lead_id, event_type, when])",
                eventsError(source, "lead_id,event_type,when\nL1,web_visit,2026-01-01\n"));
        assertEquals(source.file() + " data row 3: 'event_time' is not a date: 'yesterday'",
                eventsError(source, "lead_id,event_type,event_time\nL1,web_visit,2026-01-01\nL1,download,yesterday\n"));
        assertEquals(source.file() + " data row 2: 'event_type' is empty",
                eventsError(source, "lead_id,event_type,event_time\nL1,,2026-01-01\n"));
        assertEquals(source.file() + " data row 2: 'event_time' is empty",
                eventsError(source, "lead_id,event_type,event_time\nL1,web_visit,\n"));
    }

    private String eventsError(GradingSpec.EventsSource source, String csv) throws Exception {
        Files.writeString(Path.of(source.file()), csv);
        return assertThrows(DataException.class,
                () -> EventsFile.read(source, CsvFormat.DEFAULT, Set.of("L1"))).getMessage();
    }
}
