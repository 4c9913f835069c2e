package dev.propensity.generate;

/** Where the lead came from, as the marketing team labels it. */
enum LeadSource {
    WEB("web"), REFERRAL("referral"), PAID_SEARCH("paid search"), EVENT("event"), PARTNER("partner"),
    OUTBOUND("outbound"), SOCIAL("social"), EMAIL_CAMPAIGN("email campaign");

    private final String text;

    LeadSource(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
