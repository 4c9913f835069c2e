package dev.propensity.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.schema.CsvFormat;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On many rows the fields' encoders are fitted on two threads: the pipeline must be the one-thread one. */
class PipelineFitterThreadsTest {
    @TempDir
    Path dir;

    @Test
    void twoThreadsFitTheSamePipelineAsOne() throws IOException {
        LeadTable table = new LeadTableLoader(SchemaReader.read(TinyLeads.write(dir, 3_000, 4))).load();
        int[] rows = IntStream.range(0, 2_400).toArray();
        PipelineFitter fitter = new PipelineFitter(PipelineOptions.DEFAULT);
        FeaturePipeline one = fitter.fit(table, rows, Integer.MAX_VALUE);
        FeaturePipeline two = fitter.fit(table, rows, 1);
        assertEquals(PipelineJson.toJson(one, CsvFormat.DEFAULT).toString(),
                PipelineJson.toJson(two, CsvFormat.DEFAULT).toString());
        assertEquals(one.encoders().size(), two.encoders().size());
    }
}
