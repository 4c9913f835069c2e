/**
 * The JSON the API speaks: request and response records, written in snake_case by {@link
 * dev.propensity.server.api.Json}. They hold values only; handlers in {@code http} build them.
 */
package dev.propensity.server.api;
