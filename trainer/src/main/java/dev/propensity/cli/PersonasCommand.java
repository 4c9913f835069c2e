package dev.propensity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.data.DataException;
import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.match.MatchFigure;
import dev.propensity.persona.DealColumns;
import dev.propensity.persona.GroundTruth;
import dev.propensity.persona.MixedEncoding;
import dev.propensity.persona.PersonaBook;
import dev.propensity.persona.PersonaBookJson;
import dev.propensity.persona.PersonaException;
import dev.propensity.persona.PersonaName;
import dev.propensity.persona.PersonaNamesDraft;
import dev.propensity.persona.PersonaPage;
import dev.propensity.persona.PersonaProfile;
import dev.propensity.persona.PersonaSettings;
import dev.propensity.persona.PersonaSettingsReader;
import dev.propensity.persona.PersonaTrainer;
import dev.propensity.persona.SurveyValue;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.RegistryException;
import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaException;
import dev.propensity.schema.SchemaReader;
import dev.propensity.train.ModelTrainer;
import dev.propensity.train.TrainedModel;
import dev.propensity.train.TrainingOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code propensity personas}: discovers the personas of a schema's data without publishing a version, prints
 * their profiles and best reps, writes {@code personas.json}/{@code personas.html} to a folder, and drafts the
 * persona file when there is none yet.
 */
@Command(name = "personas", mixinStandardHelpOptions = true,
        description = "Discover buyer personas on the data a schema describes (needs a 'personas' block in the schema).")
public final class PersonasCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--schema", defaultValue = "datasets/synthetic-personas.schema.json",
            description = "Schema file with a 'personas' block (default: ${DEFAULT-VALUE}).")
    Path schemaFile;

    /** The registry whose champion's persona ids carry over. */
    @Mixin
    RegistryOption models;

    @Option(names = "--data", description = "Data file (CSV or Parquet) instead of the schema's own.")
    Path data;

    @Option(names = "--out", defaultValue = "personas", description = "Folder for personas.json and personas.html.")
    Path out;

    @Override
    public Integer call() {
        Logging.quietLibraries();
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Schema schema = SchemaReader.read(schemaFile);
            PersonaSettings settings = PersonaSettingsReader.read(schemaFile, schema).orElseThrow(() ->
                    new PersonaException(schemaFile + " has no 'personas' block: add one (see docs/personas.md)"));
            Map<String, PersonaName> names = TrainCommand.personaNames(settings, err);
            Schema widened = DealColumns.widen(schema, settings);
            LeadTableLoader loader = new LeadTableLoader(widened);
            LeadTable wide = data == null ? loader.load()
                    : loader.load(data, schema.survey().map(s -> Path.of(s.file())));
            TrainedModel trained = new ModelTrainer(TrainingOptions.DEFAULT).train(DealColumns.narrow(wide, schema));
            double[] p = new double[wide.size()];
            for (int r = 0; r < p.length; r++) {
                p[r] = trained.scorer().probability(MixedEncoding.row(wide, r));
            }
            Optional<PersonaBook> previous = ModelRegistry.at(models.path()).champion()
                    .filter(v -> Files.exists(v.file(PersonaBook.FILE))).map(v -> {
                        try {
                            return PersonaBookJson.read(new ObjectMapper().readTree(v.file(PersonaBook.FILE).toFile()),
                                    schema.format());
                        } catch (IOException e) {
                            throw new PersonaException("cannot read " + v.file(PersonaBook.FILE) + ": " + e.getMessage());
                        }
                    });
            PersonaTrainer.Result result = new PersonaTrainer(settings).train(wide, p, previous, names);
            result.json().set("survey_value", SurveyValue.table(trained.table(), trained.split(), trained.options(),
                    result.assignments(), result.book().personas().stream().map(PersonaName::id).toList(),
                    GroundTruth.of(wide)));
            o.println(fieldsLine(schema, settings));
            print(o, result);
            PersonaSummary.surveyValue(o, result.json().path("survey_value"));
            Files.createDirectories(out);
            Files.write(out.resolve(PersonaBook.FILE), new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsBytes(result.json()));
            Files.writeString(out.resolve(PersonaPage.FILE), PersonaPage.render(result.json()), StandardCharsets.UTF_8);
            o.println("written: " + out.resolve(PersonaBook.FILE) + ", " + out.resolve(PersonaPage.FILE));
            if (settings.names().isPresent() && PersonaNamesDraft.write(settings.names().get(), result.book().personas())) {
                o.println("drafted the persona file " + settings.names().get() + ": name the personas there");
            }
            return result.book().published() ? 0 : 1;
        } catch (SchemaException | DataException | RegistryException | PersonaException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: cannot write to " + out + ": " + e.getMessage());
            return 1;
        }
    }

    /** Which fields the personas come from, and whether any is a survey answer. */
    static String fieldsLine(Schema schema, PersonaSettings settings) {
        long survey = schema.features().stream()
                .filter(f -> settings.fields().contains(f.name()) && f.group() == FeatureGroup.SURVEY).count();
        return "clustered on " + String.join(", ", settings.fields()) + (survey == 0
                ? " (no survey answer among them: personas from firmographics and other fit fields)"
                : " (" + survey + " survey answers among them)");
    }

    private static void print(PrintWriter o, PersonaTrainer.Result result) {
        var d = result.discovery();
        o.printf(Locale.ROOT, "k = %d (silhouette by k: %s), stability %.3f (mean ARI of %d bootstrap runs)%n", d.k(),
                d.silhouettes().entrySet().stream().map(e -> String.format(Locale.ROOT, "%d: %.3f", e.getKey(), e.getValue()))
                        .toList(), d.stability(), d.stabilityRuns().length);
        d.refusal().ifPresent(o::println);
        List<PersonaName> names = result.book().personas();
        for (PersonaProfile p : result.profiles()) {
            PersonaName n = names.get(p.index());
            o.printf(Locale.ROOT, "%s %s: %d leads, win rate %.1f %% (%.1f-%.1f)%n", n.id(), n.name(), p.size(),
                    100 * p.winRate(), 100 * p.winLow(), 100 * p.winHigh());
            p.traits().forEach(t -> o.println("  - " + t));
            List<MatchFigure> reps = result.book().reps().get(p.index());
            if (!reps.isEmpty()) {
                MatchFigure best = reps.get(0);
                o.printf(Locale.ROOT, "  best rep %s: adjusted %.1f %% on %d deals%s%n", best.name(),
                        100 * best.adjustedRate(), best.deals(), best.thin() ? " (thin evidence)" : "");
            }
        }
    }
}
