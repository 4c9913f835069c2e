/**
 * Reading data files row by row as text ({@link dev.propensity.data.RowSource}), whatever their format, and
 * writing Parquet: local files only, with no Hadoop file system and no native code.
 */
package dev.propensity.data;
