package dev.propensity.server.api;

import java.util.List;

/**
 * One input field of the champion.
 *
 * @param name        the raw CRM field, the key to send in a lead
 * @param kind        "categorical", "numeric" or "boolean"
 * @param group       "fit", "intent", "engagement" or "survey"
 * @param description words a sales rep can read
 * @param categories  for a categorical field, the levels the model learnt (normalised, most frequent first);
 *                    any other value is scored as "(other)"; null for other kinds
 * @param typical     for a numeric field, the value of the average training lead; null for other kinds
 */
public record SchemaField(String name, String kind, String group, String description, List<String> categories,
                          Double typical) {
}
