/** Reading exports (CSV through Tribuo's CSV tooling, Parquet through parquet-avro) into typed, labelled tables. */
package dev.propensity.data;
