/**
 * The server's configuration: flags and {@code PROPENSITY_*} environment variables read once into the
 * immutable {@link dev.propensity.server.config.ServerConfig}, validated before anything starts, with
 * errors that name the flag or variable at fault. Keys and defaults are listed in {@code server/CONFIG.md}.
 */
package dev.propensity.server.config;
