package dev.propensity.server.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.features.FeaturePipeline;
import dev.propensity.features.LeadValues;
import dev.propensity.features.SurveyAnsweredEncoder;
import dev.propensity.model.PropensityModel;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.api.FieldContribution;
import dev.propensity.server.api.ScoreResponse;
import dev.propensity.train.ModelTrainer;
import dev.propensity.train.TrainingOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lead turns into the same inputs, the same probability and the same shown values whether it comes from the
 * training files or from the JSON a CRM posts: with survey answers (some "N/A", some absent), an interaction, the
 * schema's missing tokens and JSON numbers and booleans where the file had text.
 */
class TrainServeParityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = """
            {"name": "parity", "data": "leads.csv", "id": "lead_id",
             "format": {"missing": ["N/A", "null", "Select"]},
             "label": {"column": "outcome", "positive": "won"},
             "survey": {"file": "survey.csv", "key": "lead_id"},
             "features": [
               {"name": "industry", "kind": "categorical", "group": "fit"},
               {"name": "employees", "kind": "numeric", "group": "fit", "description": "company size (employees)"},
               {"name": "call", "kind": "boolean", "group": "intent", "description": "asked for a call"},
               {"name": "month", "kind": "categorical", "group": "engagement"},
               {"name": "day", "kind": "categorical", "group": "engagement"},
               {"name": "budget", "kind": "categorical", "group": "survey"},
               {"name": "need", "kind": "numeric", "group": "survey", "description": "strength of need (1-5)"}
             ],
             "interactions": [{"fields": ["month", "day"], "description": "date of the last contact"}]}
            """;
    @TempDir
    static Path dir;
    static LeadTable table;
    static PropensityModel scorer;
    static List<ObjectNode> posted = new java.util.ArrayList<>();

    @BeforeAll
    static void train() throws IOException {
        Random random = new Random(11);
        StringBuilder leads = new StringBuilder("lead_id,industry,employees,call,month,day,outcome\n");
        StringBuilder survey = new StringBuilder("lead_id,budget,need\n");
        String[] industries = {"Software", "Retail", "Select", "Health"};
        String[] budgets = {"yes", "no", "N/A", "null", ""};
        for (int i = 0; i < 800; i++) {
            String industry = industries[random.nextInt(industries.length)];
            String employees = random.nextInt(10) == 0 ? "N/A" : Integer.toString(5 + random.nextInt(5000));
            boolean call = random.nextBoolean();
            String month = random.nextBoolean() ? "may" : "jun";
            int day = 1 + random.nextInt(3);
            boolean answered = random.nextInt(3) > 0;
            String budget = budgets[random.nextInt(budgets.length)];
            String need = random.nextInt(4) == 0 ? "null" : Integer.toString(1 + random.nextInt(5));
            double z = -0.5 + (call ? 1 : 0) + (budget.equals("yes") ? 1 : 0) + (month.equals("may") && day == 2 ? 1 : 0);
            boolean won = random.nextDouble() < 1 / (1 + Math.exp(-z));
            leads.append(String.format(Locale.ROOT, "L%d,%s,%s,%s,%s,%d,%s%n", i, industry, employees,
                    call ? "yes" : "no", month, day, won ? "won" : "lost"));
            if (answered) {
                survey.append("L").append(i).append(',').append(budget).append(',').append(need).append('\n');
            }
            // As a CRM posts it: JSON numbers and booleans, the missing tokens as they are, unanswered fields absent.
            ObjectNode lead = JSON.createObjectNode().put("lead_id", "L" + i).put("industry", industry)
                    .put("call", call).put("month", month).put("day", day);
            if (employees.equals("N/A")) {
                lead.put("employees", "N/A");
            } else {
                lead.put("employees", Integer.parseInt(employees));
            }
            if (answered) {
                lead.put("budget", budget);
                if (need.equals("null")) {
                    lead.putNull("need");
                } else {
                    lead.put("need", Integer.parseInt(need));
                }
            }
            posted.add(lead);
        }
        Files.writeString(dir.resolve("leads.csv"), leads);
        Files.writeString(dir.resolve("survey.csv"), survey);
        Files.writeString(dir.resolve("schema.json"), SCHEMA);
        table = new LeadTableLoader(SchemaReader.read(dir.resolve("schema.json"))).load();
        scorer = new ModelTrainer(TrainingOptions.DEFAULT).train(table).scorer();
    }

    private static LeadValues fromTable(int row) {
        return field -> {
            var column = table.columns().get(field);
            return column == null ? null : column.raw(row);
        };
    }

    @Test
    void everyLeadEncodesIdenticallyFromTheFilesAndFromItsJson() {
        FeaturePipeline pipeline = scorer.pipeline();
        for (int row = 0; row < table.size(); row++) {
            double[] trained = new double[pipeline.width()];
            double[] served = new double[pipeline.width()];
            pipeline.encode(fromTable(row), trained, w -> { });
            pipeline.encode(LeadJson.read(posted.get(row), table.schema()).values(), served, w -> { });
            assertArrayEquals(trained, served, 0.0, "lead " + table.ids()[row]);
        }
    }

    @Test
    void theServedAnswerShowsTheValuesTheModelUsed() {
        LoadedModel model = new LoadedModel(1, scorer, table.schema());
        FeaturePipeline pipeline = scorer.pipeline();
        int indicator = pipeline.fields().indexOf(SurveyAnsweredEncoder.FIELD);
        int answeredLeads = 0;
        for (int row = 0; row < table.size(); row++) {
            double[] trained = new double[pipeline.width()];
            pipeline.encode(fromTable(row), trained, w -> { });
            double input = trained[pipeline.offsets()[indicator]];
            ScoreResponse answer = LeadScorer.score(model, posted.get(row));
            assertEquals(scorer.probability(fromTable(row)), answer.probability(), 1e-12);
            FieldContribution shown = answer.contributions().stream()
                    .filter(c -> c.field().equals(SurveyAnsweredEncoder.FIELD)).findFirst().orElseThrow();
            assertEquals(input, shown.value(), "lead " + table.ids()[row]);
            String sentence = new ReasonSentences(table.schema()).sentence(shown.field(), shown.value(), 1.0,
                    pipeline.answeredSurvey(LeadJson.read(posted.get(row), table.schema()).values()));
            assertEquals(input == 1.0, sentence.startsWith("Answered the survey"), sentence + " for " + posted.get(row));
            FieldContribution date = answer.contributions().stream()
                    .filter(c -> c.field().equals("month*day")).findFirst().orElseThrow();
            assertEquals(posted.get(row).path("month").asText() + "|" + posted.get(row).path("day").asInt(), date.value());
            answeredLeads += input == 1.0 ? 1 : 0;
        }
        assertTrue(answeredLeads > 100 && answeredLeads < table.size() - 100, "both kinds of lead: " + answeredLeads);
    }
}
