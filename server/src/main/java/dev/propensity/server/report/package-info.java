/**
 * Model-accuracy reports from the server's side: the champion's live report built from the feedback store
 * (scores served and outcomes returned, compared with the champion's training data), and version reports
 * re-created when a version folder lacks one. The HTTP routes live in {@code http}; the command in {@code cli}.
 */
package dev.propensity.server.report;
