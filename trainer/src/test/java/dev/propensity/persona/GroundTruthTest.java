package dev.propensity.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.schema.SchemaReader;
import dev.propensity.testing.TinyLeads;
import dev.propensity.train.DataSplit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's true probabilities beside the data: the AUC ceiling of the survey-value table. */
class GroundTruthTest {
    @TempDir
    Path folder;

    @Test
    void theCeilingIsTheAucOfTheTrueProbabilitiesOnTheHeldOutRowsTheFileKnows() throws IOException {
        LeadTable table = new LeadTableLoader(SchemaReader.read(TinyLeads.write(folder, 60, 4))).load();
        List<Integer> wins = new ArrayList<>();
        List<Integer> losses = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            (table.won()[r] == 1 ? wins : losses).add(r);
        }
        int w1 = wins.get(0);
        int w2 = wins.get(1);
        int l1 = losses.get(0);
        int l2 = losses.get(1);
        int unknown = losses.get(2);
        // Won 0.9 and 0.4, lost 0.2 and 0.6: three of the four (won, lost) pairs are in order, AUC 0.75.
        Files.writeString(folder.resolve(GroundTruth.FILE), "lead_id,persona,true_probability\n"
                + table.ids()[w1] + ",x,0.9\n" + table.ids()[w2] + ",x,0.4\n" + table.ids()[l1] + ",x,0.2\n"
                + table.ids()[l2] + ",x,0.6\n");
        GroundTruth truth = GroundTruth.of(table).orElseThrow();
        DataSplit split = new DataSplit(new int[] {losses.get(3)}, new int[] {w1, l1, w2, l2, unknown}, "test");
        GroundTruth.Ceiling c = truth.ceiling(table, split).orElseThrow();
        assertEquals(0.75, c.auc(), 1e-12);
        assertEquals(4, c.rows(), "the held-out lead the file does not know is left out");
        assertTrue(c.low() <= 0.75 && c.high() >= 0.75 && c.high() <= 1);
    }

    @Test
    void realDataWithoutTheFileHasNoCeiling() throws IOException {
        LeadTable table = new LeadTableLoader(SchemaReader.read(TinyLeads.write(folder, 40, 4))).load();
        assertTrue(GroundTruth.of(table).isEmpty());
    }

    @Test
    void aProbabilityThatIsNotANumberNamesTheFileAndLine() throws IOException {
        Path data = folder.resolve("opportunities.csv");
        Files.writeString(folder.resolve(GroundTruth.FILE), "lead_id,persona,true_probability\nL1,x,0.5\nL2,x,high\n");
        PersonaException e = assertThrows(PersonaException.class, () -> GroundTruth.beside(data));
        assertTrue(e.getMessage().endsWith("ground_truth.csv line 3: 'true_probability' is not a number"), e.getMessage());
    }
}
