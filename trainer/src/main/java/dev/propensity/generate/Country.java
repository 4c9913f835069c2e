package dev.propensity.generate;

import java.util.List;

/**
 * The account's country. Some are exported under more than one name ("USA", "United States"), as happens when
 * web forms and imports feed the same CRM. The territory decides which sales reps own the lead.
 */
enum Country {
    UNITED_STATES(List.of("United States", "USA", "US"), 0),
    CANADA(List.of("Canada"), 0),
    UNITED_KINGDOM(List.of("United Kingdom", "UK"), 1),
    GERMANY(List.of("Germany"), 2),
    FRANCE(List.of("France"), 2),
    NETHERLANDS(List.of("Netherlands"), 1),
    SPAIN(List.of("Spain"), 2),
    SWEDEN(List.of("Sweden"), 1),
    INDIA(List.of("India"), 3),
    AUSTRALIA(List.of("Australia"), 3),
    JAPAN(List.of("Japan"), 3),
    BRAZIL(List.of("Brazil"), 0);

    private final List<String> names;
    private final int territory;

    Country(List<String> names, int territory) {
        this.names = names;
        this.territory = territory;
    }

    /** Export spellings, the usual one first. */
    List<String> names() {
        return names;
    }

    int territory() {
        return territory;
    }
}
