package dev.propensity.server.grading;

import java.util.Arrays;
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

    /** Every route's spelling, for messages. */
    public static String known() {
        return Arrays.stream(values()).map(r -> r.text).collect(Collectors.joining(", "));
    }
}
