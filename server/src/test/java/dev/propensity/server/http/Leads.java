package dev.propensity.server.http;

/** Tiny named leads in the fields of {@code TinyLeads}' schema. */
final class Leads {
    static final String KEEN = "{\"lead_id\": \"L-keen\", \"industry\": \"Software\", \"employees\": 5000,"
            + " \"requested_call\": true, \"noise\": 0.1}";
    static final String SPARSE = "{\"lead_id\": \"L-sparse\", \"industry\": \"Retail\", \"favourite_colour\": \"green\"}";

    private Leads() {
    }

    /** A lead with its own id. */
    static String withId(String id) {
        return "{\"lead_id\": \"" + id + "\", \"industry\": \"Health\", \"employees\": 40, \"requested_call\": false}";
    }
}
