package dev.propensity.generate;

/** One lead's row in {@code surveys.csv}: the buyer's answers and the rep's qualification. */
record Survey(Psychographics psychographics, Qualification qualification) {
}
