package dev.propensity.generate;

/** The rep's judgement of the contact's buying authority (qualification). */
enum AuthorityLevel {
    DECISION_MAKER("decision maker"), INFLUENCER("influencer"), USER("user"), UNKNOWN("unknown");

    private final String text;

    AuthorityLevel(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
