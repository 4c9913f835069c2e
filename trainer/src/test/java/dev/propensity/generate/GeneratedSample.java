package dev.propensity.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A generated data set read back for assertions: the summary and the CSV tables by column name. */
record GeneratedSample(Path folder, GenerationSummary summary, Table opportunities, Table surveys, Table truth) {

    static GeneratedSample generate(Path folder, long leads, long seed, boolean shift) throws IOException {
        GenerationSummary summary = new SyntheticCrm(new GeneratorSettings(leads, seed, shift)).generate(folder, n -> {
        });
        return new GeneratedSample(folder, summary, Table.read(folder.resolve("opportunities.csv")),
                Table.read(folder.resolve("surveys.csv")), Table.read(folder.resolve("ground_truth.csv")));
    }

    /** A CSV file's header and rows. */
    record Table(List<String> header, List<String[]> rows) {
        static Table read(Path file) throws IOException {
            List<String[]> all = CsvTestReader.read(file);
            return new Table(List.of(all.get(0)), new ArrayList<>(all.subList(1, all.size())));
        }

        List<String> column(String name) {
            int index = header.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("no column " + name + " in " + header);
            }
            List<String> values = new ArrayList<>(rows.size());
            rows.forEach(r -> values.add(r[index]));
            return values;
        }

        int size() {
            return rows.size();
        }
    }
}
