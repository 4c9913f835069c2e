package dev.propensity.server.retrain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot file on its own: survey answers inline, every value read back as written, whatever the column names. */
class RetrainSnapshotTest {
    // No id column (rows are numbered), a label that is not "won", and a survey from its own file.
    private static final String SCHEMA = """
            {"name": "crm", "data": "leads.csv", "label": {"column": "converted", "positive": "1"},
             "survey": {"file": "survey.csv", "key": "lead_number"},
             "features": [
               {"name": "lead_source", "kind": "categorical"},
               {"name": "total_visits", "kind": "numeric"},
               {"name": "do_not_email", "kind": "boolean"},
               {"name": "asked_for_demo", "kind": "boolean", "group": "survey"}],
             "exclude": [{"name": "lead_number", "reason": "identifier"}]}
            """;

    @TempDir
    Path folder;

    @Test
    void baseRowsWithSurveyAnswersAndFedBackRowsReadBackAsWritten() throws IOException {
        Files.writeString(folder.resolve("leads.csv"), """
                lead_number,lead_source,total_visits,do_not_email,converted
                101,Google,3,No,1
                102,,NA,Yes,0
                """);
        Files.writeString(folder.resolve("survey.csv"), "lead_number,asked_for_demo\n101,yes\n");
        Schema schema = SchemaReader.read(Files.writeString(folder.resolve("schema.json"), SCHEMA));
        LeadTable table = new LeadTableLoader(schema).load();
        BaseHistory base = new BaseHistory(null, schema, table, new int[] {0, 1});
        Map<String, Object> values = new HashMap<>();
        values.put("lead_source", "Referral");
        values.put("total_visits", 7.5);
        values.put("do_not_email", false);
        values.put("asked_for_demo", null);
        FeedbackExample fed = new FeedbackExample("F-1", false, LocalDate.of(2025, 3, 4),
                Instant.parse("2025-03-05T00:00:00Z"), values);

        Snapshot snapshot = new SnapshotWriter(folder.resolve("datasets").resolve("retrain"))
                .write(Instant.parse("2025-03-06T10:11:12Z"), base, List.of(fed));

        assertEquals(folder.resolve("datasets/retrain/snapshot-20250306T101112Z.parquet"), snapshot.file());
        LeadTable back = new LeadTableLoader(snapshot.layout().schema()).load(snapshot.file(), Optional.empty());
        // No id in the export: the rows were numbered, and the snapshot keeps those numbers as its ids.
        assertArrayEquals(new String[] {"1", "2", "F-1"}, back.ids());
        assertArrayEquals(new byte[] {1, 0, 0}, back.won());
        assertArrayEquals(new String[] {"Google", null, "Referral"}, ((Column.Text) back.column("lead_source")).values());
        assertArrayEquals(new double[] {3, Double.NaN, 7.5}, ((Column.Numbers) back.column("total_visits")).values());
        assertArrayEquals(new double[] {0, 1, 0}, ((Column.Numbers) back.column("do_not_email")).values());
        assertArrayEquals(new double[] {1, Double.NaN, Double.NaN},
                ((Column.Numbers) back.column("asked_for_demo")).values());
        assertEquals(Instant.parse("2025-03-04T00:00:00Z").toEpochMilli(), back.times()[2]);
        assertEquals(Long.MIN_VALUE, back.times()[0]);
        assertEquals("lead_id", snapshot.layout().idColumn());
        assertEquals("closed_at", snapshot.layout().timestampColumn());
        assertNull(back.schema().survey().orElse(null));
    }

    @Test
    void columnsNamedAsRealExportsNameThemRoundTripThroughTheSnapshot() throws IOException {
        // As the X Education export names them: spaces and dots, which Avro field names cannot hold.
        Files.writeString(folder.resolve("leads.csv"), """
                Lead Number,Lead Source,Total Visits,emp.var.rate,Converted
                101,Google,3,1.1,1
                102,Olark Chat,5,-0.1,0
                """);
        Schema schema = SchemaReader.read(Files.writeString(folder.resolve("schema.json"), """
                {"name": "xeducation", "data": "leads.csv", "id": "Lead Number",
                 "label": {"column": "Converted", "positive": "1"},
                 "features": [{"name": "Lead Source", "kind": "categorical"},
                              {"name": "Total Visits", "kind": "numeric"},
                              {"name": "emp.var.rate", "kind": "numeric"}]}
                """));
        LeadTable table = new LeadTableLoader(schema).load();
        BaseHistory base = new BaseHistory(null, schema, table, new int[] {0, 1});

        Snapshot snapshot = new SnapshotWriter(folder.resolve("datasets").resolve("retrain"))
                .write(Instant.parse("2025-03-06T10:11:12Z"), base, List.of());

        LeadTable back = new LeadTableLoader(snapshot.layout().schema()).load(snapshot.file(), Optional.empty());
        assertArrayEquals(new String[] {"101", "102"}, back.ids());
        assertArrayEquals(new String[] {"Google", "Olark Chat"}, ((Column.Text) back.column("Lead Source")).values());
        assertArrayEquals(new double[] {3, 5}, ((Column.Numbers) back.column("Total Visits")).values());
        assertArrayEquals(new double[] {1.1, -0.1}, ((Column.Numbers) back.column("emp.var.rate")).values());
        assertArrayEquals(new byte[] {1, 0}, back.won());
    }
}
