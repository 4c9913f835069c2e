package dev.propensity.data;

import dev.propensity.schema.ExcludedColumn;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.NearestName;
import dev.propensity.schema.Schema;
import dev.propensity.schema.SchemaException;
import dev.propensity.schema.SurveyJoin;
import dev.propensity.schema.ValueParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * Loads a labelled export as the schema describes it: checks that every named column exists, left-joins the
 * survey by its key ("no survey" stays missing, it is not an error), types each feature, and refuses a label
 * with a single class.
 */
public final class LeadTableLoader {
    /** Above this share of unparseable values a column is taken to be of the wrong kind, not merely messy. */
    private static final double MAX_BAD_SHARE = 0.01;

    // Told every 16,384 rows: often enough for a progress bar, rarely enough to cost nothing.
    private static final long PROGRESS_EVERY = (1 << 14) - 1;

    private final Schema schema;
    private final ValueParser parser;
    private final LongConsumer progress;

    public LeadTableLoader(Schema schema) {
        this(schema, rows -> { });
    }

    private LeadTableLoader(Schema schema, LongConsumer progress) {
        this.schema = schema;
        this.parser = new ValueParser(schema.format());
        this.progress = progress;
    }

    /** The same loader, telling {@code progress} how many rows it has read now and then. */
    public LeadTableLoader withProgress(LongConsumer progress) {
        return new LeadTableLoader(schema, progress);
    }

    /** Loads the schema's own data file. */
    public LeadTable load() {
        Path data = schema.data().orElseThrow(() ->
                new SchemaException("schema '" + schema.name() + "' names no 'data' file; pass one explicitly"));
        return load(data, schema.survey().map(s -> Path.of(s.file())));
    }

    public LeadTable load(Path file, Optional<Path> surveyFile) {
        try {
            return read(file, surveyFile);
        } catch (IOException e) {
            throw new DataException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private LeadTable read(Path file, Optional<Path> surveyFile) throws IOException {
        List<String> warnings = new ArrayList<>();
        SurveyAnswers survey = null;
        if (surveyFile.isPresent()) {
            String key = schema.survey().map(SurveyJoin::key).orElse(schema.id());
            survey = SurveyAnswers.read(surveyFile.get(), key, schema, parser);
        }
        try (RowSource source = new PrefetchingRowSource(RowSources.open(file, schema.format()), "data")) {
            List<String> header = source.header();
            Map<String, Integer> position = indexOf(header);
            for (String column : schema.requiredColumns()) {
                requireColumn(column, position, file, header);
            }
            List<FeatureSpec> features = schema.features();
            int[] mainIndex = new int[features.size()];
            int[] surveyIndex = new int[features.size()];
            for (int f = 0; f < features.size(); f++) {
                String name = features.get(f).name();
                mainIndex[f] = position.getOrDefault(name, -1);
                surveyIndex[f] = survey == null ? -1 : survey.indexOf(name);
                if (mainIndex[f] < 0 && surveyIndex[f] < 0) {
                    requireColumn(name, position, file, header);
                }
            }
            checkExcluded(position, survey, file, header);
            schema.checkSegments();
            warnUnlistedColumns(header, survey, warnings);

            int idAt = schema.id() == null ? -1 : position.get(schema.id());
            int labelAt = position.get(schema.label().column());
            int timeAt = schema.timestamp().map(position::get).orElse(-1);
            int joinAt = survey == null ? -1 : requireColumn(survey.key(), position, file, header);
            List<ColumnBuilder> builders = new ArrayList<>();
            features.forEach(f -> builders.add(new ColumnBuilder(f, parser)));
            LabelledRows labelled = new LabelledRows(schema, parser, builders, Files.size(file), idAt, labelAt, timeAt,
                    mainIndex, surveyIndex, survey, joinAt);
            long rowNumber = 0;
            for (String[] row; (row = source.next()) != null; ) {
                rowNumber++;
                if ((rowNumber & PROGRESS_EVERY) == 0) {
                    progress.accept(rowNumber);
                }
                labelled.add(row, rowNumber, source);
            }
            int rows = labelled.size();
            checkLabel(labelled.labelValues(), rows, file);
            Map<String, Column> columns = new LinkedHashMap<>();
            for (int f = 0; f < builders.size(); f++) {
                ColumnBuilder builder = builders.get(f);
                if (builder.badShare() > MAX_BAD_SHARE) {
                    throw new DataException(file + ": " + builder.describeBadValues());
                }
                if (builder.unparseable() > 0) {
                    warnings.add(builder.describeBadValues() + "; read as missing");
                }
                columns.put(features.get(f).name(), builder.build());
            }
            if (labelled.unlabelled() > 0) {
                warnings.add(labelled.unlabelled() + " rows without a value in label column '" + schema.label().column() + "' were skipped");
            }
            if (labelled.badTimes() > 0) {
                warnings.add(labelled.badTimes() + " rows have an unreadable '" + schema.timestamp().orElseThrow() + "' and sort first");
            }
            if (survey != null) {
                warnings.add(String.format(Locale.ROOT, "survey answers found for %d of %d leads (%.1f %%)", labelled.joined(),
                        rows, rows == 0 ? 0.0 : 100.0 * labelled.joined() / rows));
            }
            byte[] labels = labelled.won();
            long wins = 0;
            for (byte b : labels) {
                wins += b;
            }
            DataFingerprint fingerprint = new DataFingerprint(file.toString(), Fingerprints.sha256(file),
                    surveyFile.map(Path::toString).orElse(null),
                    surveyFile.isPresent() ? Fingerprints.sha256(surveyFile.get()) : null,
                    rows, wins, rows - wins);
            return new LeadTable(schema, labelled.ids(), labels, timeAt >= 0 ? labelled.times() : null, columns,
                    fingerprint, List.copyOf(warnings));
        }
    }

    private void checkLabel(Map<String, Long> labelValues, int rows, Path file) {
        String column = schema.label().column();
        if (rows == 0) {
            throw new DataException(file + " has no labelled rows in column '" + column + "'");
        }
        boolean hasPositive = labelValues.keySet().stream().anyMatch(schema.label()::isPositive);
        boolean hasNegative = labelValues.keySet().stream().anyMatch(v -> !schema.label().isPositive(v));
        if (!hasPositive) {
            throw new SchemaException("label column '" + column + "' never has the positive value '"
                    + schema.label().positive() + "'; values seen: " + labelValues.keySet());
        }
        if (!hasNegative) {
            throw new SchemaException("label column '" + column + "' has only one class ('"
                    + schema.label().positive() + "' in all " + rows + " rows): a model needs wins and losses");
        }
    }

    private void warnUnlistedColumns(List<String> header, SurveyAnswers survey, List<String> warnings) {
        Set<String> known = new LinkedHashSet<>(schema.requiredColumns());
        known.addAll(schema.featureNames());
        schema.excluded().forEach(e -> known.add(e.name()));
        schema.survey().ifPresent(s -> known.add(s.key()));
        List<String> unlisted = new ArrayList<>();
        for (String column : header) {
            if (!column.isEmpty() && !known.contains(column)) {
                unlisted.add(column);
            }
        }
        if (survey != null) {
            survey.header().stream().filter(c -> !known.contains(c)).forEach(unlisted::add);
        }
        if (!unlisted.isEmpty()) {
            warnings.add("columns neither used nor excluded by the schema, ignored: " + unlisted);
        }
    }

    /** An exclusion names a column that must be there: a misspelt one would let the real column through unnoticed. */
    private void checkExcluded(Map<String, Integer> position, SurveyAnswers survey, Path file, List<String> header) {
        for (ExcludedColumn excluded : schema.excluded()) {
            String column = excluded.name();
            if (!position.containsKey(column) && (survey == null || survey.indexOf(column) < 0)) {
                List<String> columns = new ArrayList<>(header);
                if (survey != null) {
                    columns.addAll(survey.header());
                }
                throw new SchemaException("column '" + column + "' excluded in the schema is not in " + file.getFileName()
                        + (survey == null ? "" : " or the survey") + NearestName.hint(column, columns)
                        + "; its columns are " + columns);
            }
        }
    }

    private static Map<String, Integer> indexOf(List<String> header) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            position.putIfAbsent(header.get(i), i);
        }
        return position;
    }

    static int requireColumn(String column, Map<String, Integer> position, Path file, List<String> header) {
        Integer at = position.get(column);
        if (at != null) {
            return at;
        }
        String hint = NearestName.hint(column, header);
        throw new SchemaException("column '" + column + "' named in the schema is not in " + file.getFileName()
                + hint + "; its columns are " + header);
    }
}
