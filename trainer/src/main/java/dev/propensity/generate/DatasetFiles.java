package dev.propensity.generate;

import dev.propensity.data.ParquetTableWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The five files of a generated data set, written row by row as leads are generated: opportunities and surveys,
 * each as CSV and Parquet, and the ground truth as CSV.
 */
final class DatasetFiles implements AutoCloseable {
    static final String OPPORTUNITIES_CSV = "opportunities.csv";
    static final String OPPORTUNITIES_PARQUET = "opportunities.parquet";
    static final String SURVEYS_CSV = "surveys.csv";
    static final String SURVEYS_PARQUET = "surveys.parquet";
    static final String GROUND_TRUTH_CSV = "ground_truth.csv";
    static final String AFFINITIES_CSV = "affinities.csv";

    private final List<AutoCloseable> opened = new ArrayList<>();
    private CsvTableWriter opportunitiesCsv;
    private ParquetTableWriter opportunitiesParquet;
    private CsvTableWriter surveysCsv;
    private ParquetTableWriter surveysParquet;
    private CsvTableWriter groundTruthCsv;
    private CsvTableWriter affinitiesCsv;

    private DatasetFiles() {
    }

    static DatasetFiles create(Path folder) throws IOException {
        Schema opportunities = checked(AvroSchemas.opportunities(), ExportRows.OPPORTUNITY_COLUMNS);
        Schema surveys = checked(AvroSchemas.surveys(), ExportRows.SURVEY_COLUMNS);
        DatasetFiles files = new DatasetFiles();
        try {
            files.opportunitiesCsv = files.track(
                    new CsvTableWriter(folder.resolve(OPPORTUNITIES_CSV), ExportRows.OPPORTUNITY_COLUMNS));
            files.opportunitiesParquet = files.track(
                    ParquetTableWriter.create(folder.resolve(OPPORTUNITIES_PARQUET), opportunities));
            files.surveysCsv = files.track(new CsvTableWriter(folder.resolve(SURVEYS_CSV), ExportRows.SURVEY_COLUMNS));
            files.surveysParquet = files.track(ParquetTableWriter.create(folder.resolve(SURVEYS_PARQUET), surveys));
            files.groundTruthCsv = files.track(
                    new CsvTableWriter(folder.resolve(GROUND_TRUTH_CSV), ExportRows.GROUND_TRUTH_COLUMNS));
            files.affinitiesCsv = files.track(
                    new CsvTableWriter(folder.resolve(AFFINITIES_CSV), ExportRows.AFFINITY_COLUMNS));
            return files;
        } catch (IOException | RuntimeException e) {
            files.closeQuietly(e);
            throw e;
        }
    }

    private static Schema checked(Schema schema, List<String> columns) {
        List<String> fields = schema.getFields().stream().map(Schema.Field::name).toList();
        if (!fields.equals(columns)) {
            throw new IllegalStateException("Avro schema " + schema.getFullName() + " lists " + fields
                    + " but the generator writes " + columns);
        }
        return schema;
    }

    private <T extends AutoCloseable> T track(T writer) {
        opened.add(writer);
        return writer;
    }

    void write(Lead lead, Closing closing, double probability) throws IOException {
        List<Object> opportunity = ExportRows.opportunity(lead, closing);
        opportunitiesCsv.writeRow(opportunity);
        opportunitiesParquet.write(opportunity);
        if (lead.survey() != null) {
            List<Object> survey = ExportRows.survey(lead);
            surveysCsv.writeRow(survey);
            surveysParquet.write(survey);
        }
        groundTruthCsv.writeRow(ExportRows.groundTruth(lead, probability));
    }

    /** The hidden rep × persona and product × persona affinities, written once after the leads. */
    void writeAffinities(List<List<Object>> rows) throws IOException {
        for (List<Object> row : rows) {
            affinitiesCsv.writeRow(row);
        }
    }

    /** Closes every file, even when one fails, and reports the first failure. */
    @Override
    public void close() throws IOException {
        IOException first = null;
        for (AutoCloseable writer : opened) {
            try {
                writer.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                }
            }
        }
        opened.clear();
        if (first != null) {
            throw first;
        }
    }

    private void closeQuietly(Exception cause) {
        try {
            close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
