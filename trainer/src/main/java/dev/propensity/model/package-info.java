/** A trained model as the server uses it: fast scoring by dot product and exact per-field explanations. */
package dev.propensity.model;
