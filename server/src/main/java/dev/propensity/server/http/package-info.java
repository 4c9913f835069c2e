/**
 * The HTTP face of the server on Javalin: routes and their handlers, API-key authentication with scopes,
 * request body reading with size and type limits, the one mapping from exceptions to the JSON error shape
 * ({@link dev.propensity.server.http.ErrorMapper}), metrics, the access log, and the server's lifecycle.
 */
package dev.propensity.server.http;
