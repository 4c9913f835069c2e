package dev.propensity.generate;

/** When the buyer says they mean to buy (qualification). */
enum Timeframe {
    UNDER_3_MONTHS("<3 months"), MONTHS_3_TO_6("3-6 months"), MONTHS_6_TO_12("6-12 months"), OVER_12_MONTHS(">12 months");

    private final String text;

    Timeframe(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
