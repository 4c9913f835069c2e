package dev.propensity.server.account;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A contact's seniority and department read off the job title by keywords ("VP of Marketing": vp, marketing).
 *
 * @param seniority  c-level, vp, director, manager, individual, student or unknown
 * @param department executive, marketing, sales, engineering, operations, finance, people, other or unknown
 */
public record BuyingRole(String seniority, String department) {
    /** The seniorities and departments a buying group is checked for, in order. */
    public static final List<String> SENIORITIES = List.of("c-level", "vp", "director", "manager");
    public static final List<String> DEPARTMENTS = List.of("executive", "marketing", "sales", "engineering", "operations",
            "finance");

    private static final Pattern C_LEVEL = Pattern.compile("\\b(ceo|cto|cfo|cmo|coo|cio|chief)\\b");
    private static final Pattern VP = Pattern.compile("\\b(vp|vice president|svp|evp)\\b");
    private static final Pattern DIRECTOR = Pattern.compile("\\b(director|head of)\\b");
    private static final Pattern MANAGER = Pattern.compile("\\bmanager\\b");
    private static final Pattern STUDENT = Pattern.compile("\\b(student|intern)\\b");

    public static BuyingRole of(Object title) {
        if (title == null || title.toString().isBlank()) {
            return new BuyingRole("unknown", "unknown");
        }
        String t = title.toString().toLowerCase(Locale.ROOT);
        String seniority = C_LEVEL.matcher(t).find() ? "c-level" : VP.matcher(t).find() ? "vp"
                : DIRECTOR.matcher(t).find() ? "director" : MANAGER.matcher(t).find() ? "manager"
                : STUDENT.matcher(t).find() ? "student" : "individual";
        return new BuyingRole(seniority, department(t));
    }

    private static String department(String t) {
        if (t.matches(".*\\b(cto|cio|engineer\\w*|it|data|product|technology|software)\\b.*")) {
            return "engineering";
        }
        if (t.matches(".*\\b(cfo|finance|accountant|accounting)\\b.*")) {
            return "finance";
        }
        if (t.matches(".*\\b(cmo|marketing)\\b.*")) {
            return "marketing";
        }
        if (t.matches(".*\\b(sales|account executive)\\b.*")) {
            return "sales";
        }
        if (t.matches(".*\\b(coo|operations|business analyst)\\b.*")) {
            return "operations";
        }
        if (t.matches(".*\\b(hr|people)\\b.*")) {
            return "people";
        }
        if (t.matches(".*\\b(ceo|founder|owner|president)\\b.*")) {
            return "executive";
        }
        return "other";
    }
}
