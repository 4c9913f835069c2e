/**
 * The {@code propensity} command line: one picocli command per verb (generate, train, evaluate, models, promote,
 * rollback, report). Commands parse options and wire objects; the work happens in the packages they call.
 */
package dev.propensity.cli;
