package dev.propensity.generate;

/** The product line the lead asked about, with a typical first-year deal size. */
enum Product {
    ANALYTICS_CLOUD("Analytics Cloud", 24_000),
    MARKETING_SUITE("Marketing Suite", 18_000),
    SALES_CRM("Sales CRM", 15_000),
    DATA_PLATFORM("Data Platform", 40_000);

    private final String text;
    private final double typicalDeal;

    Product(String text, double typicalDeal) {
        this.text = text;
        this.typicalDeal = typicalDeal;
    }

    String text() {
        return text;
    }

    double typicalDeal() {
        return typicalDeal;
    }
}
