package dev.propensity.server.grading;

import dev.propensity.grade.Grade;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a graded lead goes next. */
public enum Route {
    SALES("sales"), SDR("sdr"), NURTURE("nurture"), STARBURST("starburst"), NO_FOLLOW_UP("no follow-up");

    private final String text;

    Route(String text) {
        this.text = text;
    }

    /** The route as the answer spells it. */
    public String text() {
        return text;
    }

    public static Optional<Route> parse(String text) {
        String folded = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.text.equals(folded)).findFirst();
    }

    // Each grade's default route, parsed once: a graded answer needs one per request.
    private static final Map<Grade, Route> DEFAULTS = defaults();

    private static Map<Grade, Route> defaults() {
        Map<Grade, Route> routes = new EnumMap<>(Grade.class);
        for (Grade grade : Grade.values()) {
            routes.put(grade, parse(grade.defaultRoute()).orElseThrow(() -> new IllegalStateException(
                    "grade " + grade + " names no route: '" + grade.defaultRoute() + "'")));
        }
        return routes;
    }

    /** The route a grade takes when no rule says otherwise. */
    public static Route defaultFor(Grade grade) {
        return DEFAULTS.get(grade);
    }

    /** Every route's spelling, for messages. */
    public static String known() {
        return Arrays.stream(values()).map(r -> r.text).collect(Collectors.joining(", "));
    }
}
