import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tribuo.data.columnar.ColumnarIterator;
import org.tribuo.data.csv.CSVIterator;

/**
 * Reads one CSV file to String[] rows with Tribuo's CSVIterator (as propensity read CSV before: a map per row,
 * then the values in header order) and with FastCSV (as dev.propensity.data.CsvRowSource does now), alternately,
 * and prints each reader's CPU time and bytes allocated per row on this thread. Allocation does not depend on the
 * machine's load; CPU time depends on it less than wall time.
 *
 * usage (from the repository root, after a build):
 *   java -cp server/target/propensity.jar benchmarks/CsvReaders.java FILE [ROUNDS]
 */
public class CsvReaders {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        System.out.printf("%-28s %6s %10s %14s %16s%n", "reader", "round", "rows", "CPU ms", "bytes/row");
        for (int round = 1; round <= rounds; round++) {
            for (String reader : List.of("tribuo CSVIterator", "fastcsv 3.4.0")) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long bytes0 = threads.getThreadAllocatedBytes(tid);
                long[] rows = reader.startsWith("tribuo") ? tribuo(file) : fastcsv(file);
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                long bytes = threads.getThreadAllocatedBytes(tid) - bytes0;
                System.out.printf("%-28s %6d %10d %14.0f %16.0f   (checksum %d)%n", reader, round, rows[0], cpu / 1e6,
                        (double) bytes / rows[0], rows[1]);
            }
        }
    }

    private static long[] tribuo(Path file) throws Exception {
        long rows = 0;
        long check = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVIterator it = new CSVIterator(in, ',', '"')) {
            int width = it.getFields().size();
            while (it.hasNext()) {
                ColumnarIterator.Row row = it.next();
                Map<String, String> data = row.getRowData();
                List<String> fields = row.getFields();
                String[] values = new String[width];
                for (int i = 0; i < width; i++) {
                    values[i] = data.get(fields.get(i));
                }
                rows++;
                check += values[width - 1].length();
            }
        }
        return new long[] {rows, check};
    }

    private static long[] fastcsv(Path file) throws Exception {
        long rows = 0;
        long check = 0;
        boolean header = true;
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(',').quoteCharacter('"')
                .detectBomHeader(true).ignoreDifferentFieldCount(true).ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (CsvRecord record : csv) {
                if (header) {
                    header = false;
                    continue;
                }
                String[] values = new String[record.getFieldCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = record.getField(i);
                }
                rows++;
                check += values[values.length - 1].length();
            }
        }
        return new long[] {rows, check};
    }
}
