package dev.propensity.schema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What each column of a CRM export is: the contract between a data set and the trainer.
 * Read from a JSON file by {@link SchemaReader}; a copy goes into every model's manifest.
 *
 * @param name      a short name for the data set
 * @param data      the default data file (CSV or Parquet), resolved against the schema's folder
 * @param format    CSV separator, quote and missing-value tokens
 * @param id        the lead id column, or null when the export has none (rows are numbered)
 * @param label     the outcome column and its positive value
 * @param timestamp the column ordering leads in time, when there is one (drives the time split)
 * @param survey    where survey answers come from, when there are any
 * @param features  the model inputs, in a fixed order
 * @param excluded  columns never used, each with its reason
 * @param segments  columns that reports break quality down by
 */
public record Schema(
        String name,
        Optional<Path> data,
        CsvFormat format,
        String id,
        LabelSpec label,
        Optional<String> timestamp,
        Optional<SurveyJoin> survey,
        List<FeatureSpec> features,
        List<ExcludedColumn> excluded,
        List<String> segments) {

    public Schema {
        features = List.copyOf(features);
        excluded = List.copyOf(excluded);
        segments = List.copyOf(segments);
    }

    /** Every column the trainer reads from the main file (id, label, timestamp, features not from the survey). */
    public Set<String> requiredColumns() {
        Set<String> columns = new LinkedHashSet<>();
        if (id != null) {
            columns.add(id);
        }
        columns.add(label.column());
        timestamp.ifPresent(columns::add);
        return columns;
    }

    public Optional<FeatureSpec> feature(String column) {
        return features.stream().filter(f -> f.name().equals(column)).findFirst();
    }

    public boolean isExcluded(String column) {
        return excluded.stream().anyMatch(e -> e.name().equals(column));
    }

    public List<String> featureNames() {
        List<String> names = new ArrayList<>(features.size());
        features.forEach(f -> names.add(f.name()));
        return names;
    }

    /** A copy of this schema that also uses the given excluded column as a feature (used by the leakage check's tests). */
    public Schema withFeatures(List<FeatureSpec> newFeatures) {
        return new Schema(name, data, format, id, label, timestamp, survey, newFeatures, excluded, segments);
    }
}
