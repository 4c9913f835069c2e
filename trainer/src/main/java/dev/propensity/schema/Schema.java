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
 * @param interactions pairs of features the model also learns in combination
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
        List<String> segments,
        List<Interaction> interactions) {

    public Schema {
        features = List.copyOf(features);
        interactions = List.copyOf(interactions);
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

    /** Refuses a segment that is not one of the features, suggesting the nearest feature. */
    public void checkSegments() {
        for (String segment : segments) {
            if (feature(segment).isEmpty()) {
                throw new SchemaException("schema '" + name + "': segment '" + segment + "' is not one of the features"
                        + NearestName.hint(segment, featureNames()));
            }
        }
    }

    public Optional<FeatureSpec> feature(String column) {
        // A plain loop: the server looks fields up several times per request, and a stream costs more than the search.
        for (FeatureSpec f : features) {
            if (f.name().equals(column)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Words for a model field in explanations: a feature's or an interaction's description, else its name. */
    public String describe(String field) {
        return feature(field).map(FeatureSpec::description).or(() -> interactions.stream()
                .filter(i -> i.field().equals(field)).findFirst().map(Interaction::description)).orElse(field);
    }

    public boolean isExcluded(String column) {
        return excluded.stream().anyMatch(e -> e.name().equals(column));
    }

    public List<String> featureNames() {
        List<String> names = new ArrayList<>(features.size());
        features.forEach(f -> names.add(f.name()));
        return names;
    }

    /** The same schema without pairs of features learnt in combination. */
    public Schema(String name, Optional<Path> data, CsvFormat format, String id, LabelSpec label,
                  Optional<String> timestamp, Optional<SurveyJoin> survey, List<FeatureSpec> features,
                  List<ExcludedColumn> excluded, List<String> segments) {
        this(name, data, format, id, label, timestamp, survey, features, excluded, segments, List.of());
    }

    /** A copy of this schema with other pairs learnt in combination, keeping everything else. */
    public Schema withInteractions(List<Interaction> newInteractions) {
        return new Schema(name, data, format, id, label, timestamp, survey, features, excluded, segments, newInteractions);
    }

    /** A copy of this schema with other features, keeping everything else. */
    public Schema withFeatures(List<FeatureSpec> newFeatures) {
        return new Schema(name, data, format, id, label, timestamp, survey, newFeatures, excluded, segments, interactions);
    }
}
