/** The command line: picocli verbs that parse options and wire objects built elsewhere; no behaviour of their own. */
package dev.propensity.cli;
