package dev.propensity.grade;

/**
 * A lead's grade from the fit × engagement matrix. A: good fit, engaged (sales-ready). B: weaker fit but
 * engaged (marketing nurtures). C: good fit, cold contact (a "starburst": reach other people at the account).
 * D: neither (no follow-up).
 */
public enum Grade {
    A("sales"), B("nurture"), C("starburst"), D("no follow-up");

    private final String defaultRoute;

    Grade(String defaultRoute) {
        this.defaultRoute = defaultRoute;
    }

    /** The route a grade takes when no rule says otherwise. */
    public String defaultRoute() {
        return defaultRoute;
    }

    /** Whether the quadrant this grade names has fit at or above its threshold (A and C). */
    public boolean fitHigh() {
        return this == A || this == C;
    }

    /** Whether the quadrant this grade names has engagement at or above its threshold (A and B). */
    public boolean engagementHigh() {
        return this == A || this == B;
    }

    public static Grade of(boolean fitHigh, boolean engagementHigh) {
        if (fitHigh) {
            return engagementHigh ? A : C;
        }
        return engagementHigh ? B : D;
    }

    /** The grade named by one letter, case-insensitive; empty when it is not A to D. */
    public static java.util.Optional<Grade> parse(String text) {
        for (Grade g : values()) {
            if (g.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return java.util.Optional.of(g);
            }
        }
        return java.util.Optional.empty();
    }
}
