package dev.propensity.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.generate.GeneratorSettings;
import dev.propensity.generate.SyntheticCrm;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.train.ModelTrainer;
import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engagement learnt from the generator's event stream. */
class GradingEventsTest {
    private static final Path SCHEMA = Path.of("..", "datasets", "synthetic_events.schema.json");

    @TempDir
    static Path dir;
    static LeadTable table;
    static GradingModel grading;

    @BeforeAll
    static void trainWithEvents() throws IOException {
        new SyntheticCrm(new GeneratorSettings(10_000, 9, false)).generate(dir, n -> { });
        Schema shipped = SchemaReader.read(SCHEMA);
        Schema schema = new Schema(shipped.name(), Optional.empty(), shipped.format(), shipped.id(), shipped.label(),
                shipped.timestamp(), shipped.survey(), shipped.features(), shipped.excluded(), shipped.segments());
        table = new LeadTableLoader(schema).load(dir.resolve("opportunities.csv"), Optional.of(dir.resolve("surveys.csv")));
        TrainedModel trained = new ModelTrainer(TrainingOptions.DEFAULT).train(table);
        ObjectNode section = (ObjectNode) new ObjectMapper().readTree(SCHEMA.toFile()).get("grading");
        section.putObject("events").put("file", dir.resolve("events.csv").toString()).put("key", "lead_id")
                .put("type", "event_type").put("time", "event_time");
        grading = GradingFitter.fit(trained, GradingSpecReader.parse(section, schema, null, "test"));
    }

    @Test
    void theEventStreamHoldsExactlyTheExportedCountsWithTheLatestAtTheExportedRecency() {
        String id = table.ids()[0];
        Map<String, List<ActivityEvent>> events = EventsFile.read(
                new GradingSpec.EventsSource(dir.resolve("events.csv").toString(), "lead_id", "event_type", "event_time"),
                table.schema().format(), Set.of(id));
        List<ActivityEvent> mine = events.getOrDefault(id, List.of());
        double visits = (Double) table.column("web_visits").raw(0);
        assertEquals((long) visits, mine.stream().filter(e -> e.type().equals("web_visit")).count());
        double recency = (Double) table.column("days_since_last_activity").raw(0);
        long newestAgeDays = mine.stream().mapToLong(e -> (table.times()[0] - e.time().toEpochMilli()) / 86_400_000L).min().orElse(-1);
        if (!mine.isEmpty()) {
            assertEquals((long) recency, newestAgeDays);
        }
    }

    @Test
    void aVersionWithEventsLearnsAHalfLifePerTypeAndReportsBothEngagementAucs() throws IOException {
        DecayEngagement events = grading.events().orElseThrow();
        assertEquals(List.of("download", "email_click", "web_visit"), events.types());
        for (double h : events.halfLifeDays()) {
            assertTrue(java.util.Arrays.stream(DecayEngagementFitter.GRID).anyMatch(g -> g == h));
        }
        var auc = grading.report().path("held_out_auc");
        assertTrue(auc.path("engagement_events").asDouble() > 0.55, auc.toString());
        assertTrue(auc.path("engagement_snapshot").asDouble() > 0.55, auc.toString());
        // The figures the README quotes come from this report.
        Files.writeString(Path.of("target", "grading-events-report.json"), grading.report().toString());
    }
}
