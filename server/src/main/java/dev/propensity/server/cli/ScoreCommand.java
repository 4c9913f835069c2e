package dev.propensity.server.cli;

import dev.propensity.cli.ExitCodes;
import dev.propensity.cli.RegistryOption;
import dev.propensity.data.DataException;
import dev.propensity.data.RowSource;
import dev.propensity.data.RowSources;
import dev.propensity.data.SurveyJoinedRows;
import dev.propensity.schema.SurveyJoin;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.registry.RegistryException;
import dev.propensity.server.scoring.FileScorer;
import dev.propensity.server.scoring.LoadedModel;
import dev.propensity.server.scoring.ModelVersionLoader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code propensity score}: score a CSV or Parquet file of leads with the champion, streaming, into a CSV. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score a file of leads (CSV or Parquet) with the champion and write a CSV of scores and top reasons.")
public final class ScoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, description = "Leads to score (.csv or .parquet).")
    Path in;

    @Option(names = "--out", required = true, description = "CSV to write.")
    Path out;

    @Mixin
    RegistryOption registry;

    @Option(names = "--survey", description = "Survey answers (.csv or .parquet) to left-join on the schema's survey key.")
    Path survey;

    @Override
    public Integer call() throws IOException {
        ModelRegistry models = ModelRegistry.at(registry.path());
        ModelVersion champion = models.champion().orElseThrow(() -> new RegistryException(
                RegistryException.Kind.INVALID_REQUEST, registry.path() + " has no champion: train and promote a model first"));
        LoadedModel model = new ModelVersionLoader(models).load(champion.number());
        long rows;
        String key = model.schema().survey().map(SurveyJoin::key).orElse(model.schema().id());
        if (survey != null && key == null) {
            throw new DataException("the champion's schema names no survey key or lead id to join --survey on");
        }
        try (RowSource source = survey == null ? RowSources.open(in, model.schema().format())
                : SurveyJoinedRows.open(in, model.schema().format(), survey, key, model.schema());
             Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            rows = new FileScorer(model).score(source, writer);
        }
        spec.commandLine().getOut().printf("Scored %,d leads with %s into %s%n", rows, champion.label(), out);
        return ExitCodes.OK;
    }
}
