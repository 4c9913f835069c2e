package dev.propensity.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** datasets/synthetic.schema.json must describe the committed sample: every column has exactly one role. */
class SyntheticSchemaFileTest {
    private static final Path DATASETS = Path.of("..", "datasets");

    @Test
    void everySampleColumnIsUsedOrExcludedWithAReason() throws IOException {
        Schema schema = SchemaReader.read(DATASETS.resolve("synthetic.schema.json"));
        Path data = schema.data().orElseThrow();
        assertTrue(Files.isRegularFile(data), data + " is missing");
        Path survey = Path.of(schema.survey().orElseThrow().file());
        assertTrue(Files.isRegularFile(survey), survey + " is missing");

        Set<String> described = new HashSet<>(schema.requiredColumns());
        described.addAll(schema.featureNames());
        schema.excluded().forEach(e -> described.add(e.name()));
        Set<String> present = new HashSet<>(header(data));
        present.addAll(header(survey));
        assertEquals(present, described);
    }

    @Test
    void leakyAndLateColumnsAreExcluded() {
        Schema schema = SchemaReader.read(DATASETS.resolve("synthetic.schema.json"));
        for (String column : List.of("account_id", "closed_date", "amount", "owner", "stage_at_export", "days_to_close")) {
            assertTrue(schema.isExcluded(column), column + " is not excluded");
        }
        assertEquals("created_date", schema.timestamp().orElseThrow());
        assertTrue(schema.label().isPositive("won"));
        assertEquals(List.of("industry", "lead_source", "country"), schema.segments());
        long surveyFeatures = schema.features().stream().map(FeatureSpec::group).filter(FeatureGroup.SURVEY::equals).count();
        assertEquals(14, surveyFeatures);
    }

    private static List<String> header(Path csv) throws IOException {
        try (var lines = Files.lines(csv)) {
            return List.of(lines.findFirst().orElse("").split(","));
        }
    }
}
