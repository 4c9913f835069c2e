package dev.propensity.generate;

/**
 * The account's industry as the business means it; the export spells it in several ways (see {@link SpellingNoise}).
 * Each carries a misspelling seen in hand-typed CRMs and a typical revenue per employee.
 */
enum Industry {
    SOFTWARE("Software", "Softwre", 260_000),
    FINANCIAL_SERVICES("Financial Services", "Finacial Services", 420_000),
    HEALTHCARE("Healthcare", "Heathcare", 180_000),
    MANUFACTURING("Manufacturing", "Manufacturng", 230_000),
    RETAIL("Retail", "Retial", 150_000),
    EDUCATION("Education", "Eduction", 90_000),
    GOVERNMENT("Government", "Goverment", 110_000),
    MEDIA("Media", "Meida", 200_000),
    TELECOMMUNICATIONS("Telecommunications", "Telecomunications", 380_000),
    PROFESSIONAL_SERVICES("Professional Services", "Profesional Services", 160_000),
    ENERGY("Energy", "Enrgy", 600_000),
    LOGISTICS("Logistics", "Logisitics", 170_000);

    private final String text;
    private final String typo;
    private final double revenuePerEmployee;

    Industry(String text, String typo, double revenuePerEmployee) {
        this.text = text;
        this.typo = typo;
        this.revenuePerEmployee = revenuePerEmployee;
    }

    String text() {
        return text;
    }

    String typo() {
        return typo;
    }

    double revenuePerEmployee() {
        return revenuePerEmployee;
    }
}
