package dev.propensity.server.report;

/**
 * How many days back a live report looks: 30 by default, 90 for a slower view; anything from 1 to 365 is
 * accepted, since the whole window's score log is held in memory while the report is built.
 *
 * @param days the window's length in days
 */
public record ReportWindow(int days) {
    /** The window when none is asked for. */
    public static final ReportWindow DEFAULT = new ReportWindow(30);
    /** The longest window, to bound the score log read into memory. */
    public static final int MAX_DAYS = 365;

    public ReportWindow {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("a window of " + days + " days: it must be 1 to " + MAX_DAYS);
        }
    }

    /**
     * Reads a number of days as written by a user; null or blank is the default window.
     *
     * @param source where the text came from, such as "query parameter 'days'", for the error message
     * @throws IllegalArgumentException naming the text and its source when it is not a whole number in range
     */
    public static ReportWindow parse(String text, String source) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        try {
            return new ReportWindow(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ": '" + text + "' is not a whole number of days");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage());
        }
    }
}
