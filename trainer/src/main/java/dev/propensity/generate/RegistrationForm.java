package dev.propensity.generate;

/** The web form the lead first filled in; outbound leads usually have none. */
enum RegistrationForm {
    DEMO_REQUEST("demo request"), CONTACT_SALES("contact sales"), FREE_TRIAL("free trial"),
    PRICING_PAGE("pricing page"), WEBINAR("webinar"), WHITEPAPER("whitepaper"), NEWSLETTER("newsletter");

    private final String text;

    RegistrationForm(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
