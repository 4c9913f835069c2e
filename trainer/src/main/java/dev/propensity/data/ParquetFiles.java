package dev.propensity.data;

import org.apache.parquet.conf.PlainParquetConfiguration;

/**
 * The settings every Parquet reader and writer here shares, kept in one place because each one decides whether
 * parquet-hadoop reaches for Hadoop classes that are not on our class path.
 */
final class ParquetFiles {
    /** Spark's legacy INT96 timestamps are otherwise refused by parquet-avro; as fixed bytes we can decode them. */
    static final String READ_INT96_AS_FIXED = "parquet.avro.readInt96AsFixed";

    private ParquetFiles() {
    }

    /**
     * A configuration that never becomes a Hadoop {@code Configuration}: that class would need hadoop-common's
     * XML parser and shaded Guava, which we leave out.
     */
    static PlainParquetConfiguration configuration() {
        PlainParquetConfiguration conf = new PlainParquetConfiguration();
        conf.set(READ_INT96_AS_FIXED, "true");
        return conf;
    }
}
