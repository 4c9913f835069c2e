/**
 * Reading exports into typed, labelled tables: CSV through Tribuo's CSV tooling, Parquet through parquet-avro with
 * local files and pure-Java codecs (no Hadoop file system, no native code), both as one {@link dev.propensity.data.RowSource}.
 */
package dev.propensity.data;
