package dev.propensity.server.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which buying roles an account's contacts cover and which nobody engaged yet. */
public final class AccountRoles {
    static final String ENGAGED = "engaged";
    static final String NOT_ENGAGED = "not engaged";
    static final String NO_CONTACT = "no contact";

    private AccountRoles() {
    }

    /** {"seniority": {"c-level": "no contact", ...}, "department": {...}}. */
    public static Map<String, Map<String, String>> coverage(List<ContactScore> contacts) {
        Map<String, Map<String, String>> roles = new LinkedHashMap<>();
        roles.put("seniority", status(contacts, BuyingRole.SENIORITIES, true));
        roles.put("department", status(contacts, BuyingRole.DEPARTMENTS, false));
        return roles;
    }

    /** "seniority vp", "department finance" ... for every role not engaged. */
    public static List<String> notEngaged(Map<String, Map<String, String>> coverage) {
        List<String> missing = new ArrayList<>();
        coverage.forEach((kind, statuses) -> statuses.forEach((role, status) -> {
            if (!status.equals(ENGAGED)) {
                missing.add(kind + " " + role);
            }
        }));
        return missing;
    }

    private static Map<String, String> status(List<ContactScore> contacts, List<String> roles, boolean seniority) {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String role : roles) {
            String status = NO_CONTACT;
            for (ContactScore c : contacts) {
                String mine = seniority ? c.role().seniority() : c.role().department();
                if (mine.equals(role)) {
                    status = c.engaged() ? ENGAGED : NOT_ENGAGED;
                    if (c.engaged()) {
                        break;
                    }
                }
            }
            statuses.put(role, status);
        }
        return statuses;
    }
}
