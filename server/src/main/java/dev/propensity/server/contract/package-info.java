/**
 * The API's OpenAPI 3.0.3 contract as clients and CRMs import it: a hand-written document for the routes, with
 * the lead schema and the examples generated from the champion model being served, so that the contract changes
 * with the model and says so in its version.
 */
package dev.propensity.server.contract;
