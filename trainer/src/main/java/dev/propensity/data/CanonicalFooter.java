package dev.propensity.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Rewrites a Parquet footer with each column's encodings in a fixed order.
 *
 * <p>Why: parquet-hadoop collects a column's encodings in a {@code HashSet} of enum constants, whose iteration
 * order follows identity hash codes and so changes from one JVM run to the next. The same rows would then give
 * files that differ in a few footer bytes, and "same seed, same bytes" would fail. Sorting changes no meaning.
 */
final class CanonicalFooter {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private CanonicalFooter() {
    }

    static void rewrite(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long length = raf.length();
            byte[] tail = new byte[8];
            raf.seek(length - 8);
            raf.readFully(tail);
            if (!ByteBuffer.wrap(tail, 4, 4).equals(ByteBuffer.wrap(MAGIC))) {
                throw new DataException(file + " does not end like a plain Parquet file");
            }
            int footerLength = ByteBuffer.wrap(tail, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            long footerStart = length - 8 - footerLength;
            byte[] footer = new byte[footerLength];
            raf.seek(footerStart);
            raf.readFully(footer);

            FileMetaData metadata = Util.readFileMetaData(new ByteArrayInputStream(footer));
            sortEncodings(metadata);
            ByteArrayOutputStream rewritten = new ByteArrayOutputStream(footerLength);
            Util.writeFileMetaData(metadata, rewritten);

            raf.setLength(footerStart);
            raf.seek(footerStart);
            raf.write(rewritten.toByteArray());
            raf.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(rewritten.size()).array());
            raf.write(MAGIC);
        }
    }

    private static void sortEncodings(FileMetaData metadata) {
        for (RowGroup group : metadata.getRow_groups()) {
            for (ColumnChunk chunk : group.getColumns()) {
                ColumnMetaData column = chunk.getMeta_data();
                if (column == null) {
                    continue;
                }
                if (column.getEncodings() != null) {
                    column.getEncodings().sort(Comparator.comparingInt(e -> e.getValue()));
                }
                if (column.getEncoding_stats() != null) {
                    column.getEncoding_stats().sort(Comparator
                            .comparingInt((PageEncodingStats s) -> s.getPage_type().getValue())
                            .thenComparingInt(s -> s.getEncoding().getValue()));
                }
            }
        }
    }
}
