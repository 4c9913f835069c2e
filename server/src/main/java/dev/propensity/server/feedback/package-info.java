/**
 * The feedback loop's persistence: every score the server gives is logged with the input it was computed
 * from, and the CRM's closed/won and closed/lost outcomes are stored idempotently, so that retraining can
 * pair each outcome with what was known when its lead was scored.
 *
 * <p>One JDBC implementation ({@link dev.propensity.server.feedback.JdbcFeedbackStore}) serves an embedded
 * SQLite file (the default) and PostgreSQL; {@link dev.propensity.server.feedback.Database} opens the pool
 * and applies the Flyway migrations found under {@code db/migration}, the same files for both databases.
 */
package dev.propensity.server.feedback;
