/**
 * The command line's verbs, each a picocli command that a test can run directly. Commands only parse
 * their arguments, call the package that does the work, and turn its errors into one line on standard error
 * with an exit code: 0 done, 1 the work failed, 2 bad input.
 */
package dev.propensity.cli;
