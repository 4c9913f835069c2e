/**
 * Quantified buyer personas (issue 9): a mixed-data encoding of the schema's survey and fit fields, k-means
 * clustering (Tribuo, k-means++), the choice of k by silhouette, stability by the adjusted Rand index between
 * bootstrap runs, profiles in plain words, the data team's persona file, ids carried across retrains, and the
 * assignment of one lead to a persona at scoring time, the persona as a model input where it lowers validation log
 * loss ({@link dev.propensity.persona.PersonaInput}, {@link dev.propensity.persona.PersonaInputChoice}), and the
 * survey-value table with the true AUC of synthetic data beside it. Everything a version publishes is one {@link
 * dev.propensity.persona.PersonaBook}, saved as {@code personas.json} beside the model.
 */
package dev.propensity.persona;
