/** The schema file: what each column of a CRM export is, read from JSON and checked with messages that name the column. */
package dev.propensity.schema;
