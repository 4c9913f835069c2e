package dev.propensity.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.cli.VerbContract;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandsTest {
    @TempDir
    Path folder;

    @Test
    void aCsvOfLeadsIsScoredIntoACsvWithOneLinePerLeadAndItsReasons() throws IOException {
        Path schema = TinyLeads.write(folder, 600, 7);
        Path models = folder.resolve("models");
        new TrainingRun(ModelRegistry.at(models), TrainingOptions.DEFAULT, t -> Map.of())
                .run(new LeadTableLoader(SchemaReader.read(schema)).load(), true, "test", "for scoring");
        Path out = folder.resolve("scores.csv");
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("score", "--in", folder.resolve("leads.csv").toString(), "--out", out.toString(),
                "--models", models.toString());
        assertEquals(0, exit, err.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals(601, lines.size());
        assertEquals("lead_id,model_version,probability,score,reason_1,reason_2,reason_3,error", lines.get(0));
        String[] first = lines.get(1).split(",", -1);
        assertEquals("L00000", first[0]);
        assertEquals("1", first[1]);
        double p = Double.parseDouble(first[2]);
        assertEquals(Math.round(p * 100), Long.parseLong(first[3]));
        assertTrue(lines.get(1).matches("[^\"]*\"[A-Z][^\"]*, which (raises|lowers|barely changes) the likelihood\",.*"),
                lines.get(1));
    }

    @Test
    void surveyAnswersJoinedWithSurveyScoreEachLeadAsTrainingSawIt() throws IOException {
        Path data = folder.resolve("crm");
        new dev.propensity.generate.SyntheticCrm(new dev.propensity.generate.GeneratorSettings(1500, 3, false))
                .generate(data, n -> { });
        var schema = SchemaReader.read(Path.of("..", "datasets", "synthetic.schema.json"));
        Path models = folder.resolve("models");
        var table = new LeadTableLoader(schema).load(data.resolve("opportunities.csv"),
                java.util.Optional.of(data.resolve("surveys.csv")));
        var result = new TrainingRun(ModelRegistry.at(models), TrainingOptions.DEFAULT, t -> Map.of())
                .run(table, true, "test", "for scoring with a survey");
        Path joined = folder.resolve("joined.csv");
        Path alone = folder.resolve("alone.csv");
        CommandLine cli = Main.commandLine();
        assertEquals(0, cli.execute("score", "--in", data.resolve("opportunities.csv").toString(), "--survey",
                data.resolve("surveys.csv").toString(), "--out", joined.toString(), "--models", models.toString()));
        assertEquals(0, Main.commandLine().execute("score", "--in", data.resolve("opportunities.csv").toString(),
                "--out", alone.toString(), "--models", models.toString()));
        List<String> withSurvey = Files.readAllLines(joined);
        List<String> without = Files.readAllLines(alone);
        int differ = 0;
        for (int row = 0; row < table.size(); row++) {
            final int r = row;
            double expected = result.trained().scorer().probability(field -> {
                var column = table.columns().get(field);
                return column == null ? null : column.raw(r);
            });
            String[] line = withSurvey.get(row + 1).split(",", -1);
            assertEquals(table.ids()[row], line[0]);
            assertEquals(expected, Double.parseDouble(line[2]), 1e-6, "lead " + line[0]);
            if (!line[2].equals(without.get(row + 1).split(",", -1)[2])) {
                differ++;
            }
        }
        assertTrue(differ > table.size() / 2, "the survey changes most scores: " + differ);
    }

    @Test
    void withoutAChampionScoringFailsWithASentence() {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("score", "--in", folder.resolve("in.csv").toString(), "--out",
                folder.resolve("out.csv").toString(), "--models", folder.resolve("none").toString());
        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("score: ") && err.toString().contains("has no champion"), err.toString());
    }

    @Test
    void everyVerbOfTheLauncherAnswersAnUnknownOptionWithOneLineAndExitTwo() {
        VerbContract.everyVerbRefusesAnUnknownOption(Main::commandLine);
    }

    @Test
    void everyVerbOfTheLauncherWithARegistryReadsPropensityModels() {
        VerbContract.everyRegistryOptionReadsTheVariable(Main.commandLine());
    }

    @Test
    void serveRefusesToStartWithoutKeys() {
        ServeCommand serve = new ServeCommand();
        serve.environment = Map.of();
        CommandLine cli = new CommandLine(serve);
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("--port", "0", "--models", folder.toString()));
        assertTrue(err.toString().contains("no API keys"), err.toString());
    }
}
