package dev.propensity.generate;

import java.util.Locale;

/**
 * The ways people type a category into a CRM: mostly right, sometimes lower or upper case, with a stray space,
 * or misspelt. Case and spaces are undone by trimming and lower-casing; the misspelling is not, on purpose.
 */
final class SpellingNoise {
    private SpellingNoise() {
    }

    static String industry(Industry industry, Draw draw) {
        double roll = draw.uniform();
        if (roll < 0.80) {
            return industry.text();
        }
        if (roll < 0.87) {
            return industry.text().toLowerCase(Locale.ROOT);
        }
        if (roll < 0.92) {
            return " " + industry.text().toLowerCase(Locale.ROOT);
        }
        if (roll < 0.955) {
            return industry.text().toUpperCase(Locale.ROOT);
        }
        if (roll < 0.98) {
            return industry.text() + " ";
        }
        return industry.typo();
    }

    /** A country under one of its names: the usual one most of the time. */
    static String country(Country country, Draw draw) {
        var names = country.names();
        if (names.size() == 1 || draw.chance(0.7)) {
            return names.get(0);
        }
        return names.get(1 + draw.below(names.size() - 1));
    }
}
