package dev.propensity.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import dev.propensity.train.DataSplit;
import dev.propensity.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persona input is chosen on rows set aside from the training rows, by the rule it states. */
class PersonaInputChoiceTest {
    @TempDir
    Path folder;

    @Test
    void theValidationRowsAreAFifthOfTheTrainingRowsAndNothingElse() {
        int[] train = IntStream.range(100, 1100).toArray();
        DataSplit inner = PersonaInputChoice.validation(train, 42);
        int[] all = IntStream.concat(Arrays.stream(inner.train()), Arrays.stream(inner.test())).sorted().toArray();
        assertTrue(Arrays.equals(train, all), "the two parts are the training rows, each once");
        assertTrue(inner.test().length > 150 && inner.test().length < 250, "about a fifth: " + inner.test().length);
        assertTrue(Arrays.equals(inner.test(), PersonaInputChoice.validation(train, 42).test()), "seeded");
    }

    @Test
    void theDecisionFollowsItsRuleAndOnlyAKeptPersonaReachesTheTable() throws IOException {
        Path schemaFile = TinyLeads.write(folder, 800, 8);
        String text = Files.readString(schemaFile).strip();
        Files.writeString(schemaFile, text.substring(0, text.length() - 1)
                + ", \"personas\": {\"fields\": [\"industry\", \"employees\"], \"k_min\": 2, \"k_max\": 3, \"min_stability\": 0}}");
        Schema schema = SchemaReader.read(schemaFile);
        PersonaSettings settings = PersonaSettingsReader.read(schemaFile, schema).orElseThrow();
        LeadTable table = new LeadTableLoader(schema).load();

        PersonaInputChoice choice = PersonaInputChoice.decide(table, table, settings, Optional.empty(), Map.of(),
                TrainingOptions.DEFAULT);

        assertEquals(choice.withLogLoss() < choice.withoutLogLoss(), choice.kept(), choice.reason());
        assertEquals(choice.kept(), PersonaInput.takes(choice.table(table).schema()));
        assertTrue(choice.reason().startsWith(choice.kept() ? "kept: " : "left out: "), choice.reason());
        ObjectNode json = choice.json();
        assertEquals(PersonaInputChoice.RULE, json.path("rule").asText());
        assertEquals(choice.validationRows(), json.path("validation_rows").asInt());
        assertTrue(json.has("validation_log_loss_with") && json.has("validation_log_loss_without"), json.toString());
    }
}
