package dev.propensity.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the schema's timestamp column: ISO dates, ISO date-times, instants, or epoch milliseconds. */
public final class Timestamps {
    /** Marks a row without a usable timestamp; such rows sort first. */
    public static final long ABSENT = Long.MIN_VALUE;

    private Timestamps() {
    }

    /**
     * @return epoch milliseconds, or {@link #ABSENT} for a null or blank value
     * @throws DateTimeParseException when the text is present but not a recognised date
     */
    public static long epochMillis(String text) {
        if (text == null || text.isBlank()) {
            return ABSENT;
        }
        String s = text.strip();
        if (s.length() == 10 && s.charAt(4) == '-') {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(s);
        }
        if (s.endsWith("Z")) {
            return Instant.parse(s).toEpochMilli();
        }
        try {
            return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
        }
    }
}
