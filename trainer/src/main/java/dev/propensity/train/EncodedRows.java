package dev.propensity.train;

import dev.propensity.data.LeadTable;
import dev.propensity.features.FeaturePipeline;
import dev.propensity.features.LeadValues;
import java.util.List;
import java.util.function.IntFunction;

/** Encodes rows of a table through the pipeline, one at a time into a reused buffer. */
final class EncodedRows {
    private EncodedRows() {
    }

    /** A lead view of row {@code row}: the same {@link LeadValues} shape the server scores. */
    static LeadValues row(LeadTable table, int row) {
        return field -> {
            var column = table.columns().get(field);
            return column == null ? null : column.raw(row);
        };
    }

    /**
     * Row number to its inputs, written into one reused buffer: the inputs {@link FeaturePipeline#encode} gives for
     * {@link #row}, read straight from the table's columns ({@link TableEncoder}).
     */
    static IntFunction<double[]> encoder(LeadTable table, FeaturePipeline pipeline) {
        TableEncoder encoder = new TableEncoder(table, pipeline);
        double[] buffer = new double[pipeline.width()];
        return row -> {
            encoder.dense(row, buffer);
            return buffer;
        };
    }

    static List<String> labels() {
        return List.of(LogisticFit.WON, LogisticFit.LOST);
    }
}
