/**
 * The launcher's verbs added by the server: {@code serve}, {@code demo} and {@code score}. Commands parse
 * options and wire objects built elsewhere; {@link dev.propensity.server.cli.Main} adds them to the
 * trainer's command line.
 */
package dev.propensity.server.cli;
