package dev.propensity.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Function;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericFixed;

/**
 * Turns one Avro value, as parquet-avro hands it over, into the text a CSV export would hold, so that a Parquet
 * file and its CSV twin give the trainer the same strings. Decided once per column from its schema.
 */
final class AvroValueText {
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    private AvroValueText() {
    }

    /** A converter for the values of one column; it passes {@code null} through. */
    static Function<Object, String> forField(String column, Schema schema) {
        Function<Object, String> converter = forType(column, nonNull(schema));
        return value -> value == null ? null : converter.apply(value);
    }

    private static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        return schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElse(schema);
    }

    private static Function<Object, String> forType(String column, Schema schema) {
        LogicalType logical = schema.getLogicalType();
        if (logical != null) {
            return forLogical(column, schema, logical);
        }
        return switch (schema.getType()) {
            case STRING, ENUM -> Object::toString;
            case INT, LONG -> v -> Long.toString(((Number) v).longValue());
            // Float.toString keeps 0.1f as "0.1"; widening to double first would print 0.10000000149011612.
            case FLOAT -> v -> Float.toString((Float) v);
            case DOUBLE -> v -> Double.toString((Double) v);
            case BOOLEAN -> v -> ((Boolean) v) ? "true" : "false";
            // Some writers store text as plain BINARY without the UTF8 annotation; in a CRM export that is text.
            case BYTES -> v -> StandardCharsets.UTF_8.decode(((ByteBuffer) v).duplicate()).toString();
            case FIXED -> "INT96".equals(schema.getName()) ? AvroValueText::int96 : v -> hex(((GenericFixed) v).bytes());
            case NULL -> v -> null;
            default -> throw new DataException("column '" + column + "' has type " + schema.getType()
                    + "; only flat files (numbers, text, booleans, dates) can be read");
        };
    }

    private static Function<Object, String> forLogical(String column, Schema schema, LogicalType logical) {
        if (logical instanceof LogicalTypes.Date) {
            return v -> LocalDate.ofEpochDay(((Number) v).longValue()).toString();
        }
        if (logical instanceof LogicalTypes.TimestampMillis) {
            return v -> Instant.ofEpochMilli((Long) v).toString();
        }
        if (logical instanceof LogicalTypes.TimestampMicros) {
            return v -> Instant.EPOCH.plus((Long) v, ChronoUnit.MICROS).toString();
        }
        if (logical instanceof LogicalTypes.LocalTimestampMillis) {
            return v -> LocalDateTime.ofEpochSecond(0, 0, ZoneOffset.UTC).plus((Long) v, ChronoUnit.MILLIS).toString();
        }
        if (logical instanceof LogicalTypes.LocalTimestampMicros) {
            return v -> LocalDateTime.ofEpochSecond(0, 0, ZoneOffset.UTC).plus((Long) v, ChronoUnit.MICROS).toString();
        }
        if (logical instanceof LogicalTypes.TimeMillis) {
            return v -> LocalTime.ofNanoOfDay(((Integer) v) * 1_000_000L).toString();
        }
        if (logical instanceof LogicalTypes.TimeMicros) {
            return v -> LocalTime.ofNanoOfDay((Long) v * 1_000L).toString();
        }
        if (logical instanceof LogicalTypes.Decimal decimal) {
            return v -> new BigDecimal(new BigInteger(bytesOf(v)), decimal.getScale()).toPlainString();
        }
        if ("uuid".equals(logical.getName()) && schema.getType() == Schema.Type.FIXED) {
            return v -> {
                ByteBuffer bytes = ByteBuffer.wrap(((GenericFixed) v).bytes());
                return new UUID(bytes.getLong(), bytes.getLong()).toString();
            };
        }
        return forType(column, Schema.create(schema.getType()));
    }

    private static byte[] bytesOf(Object value) {
        if (value instanceof GenericFixed fixed) {
            return fixed.bytes();
        }
        ByteBuffer buffer = ((ByteBuffer) value).duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    /** Spark's INT96 timestamp: nanoseconds of the day, then the Julian day, both little-endian. */
    private static String int96(Object value) {
        ByteBuffer bytes = ByteBuffer.wrap(((GenericFixed) value).bytes()).order(ByteOrder.LITTLE_ENDIAN);
        long nanosOfDay = bytes.getLong();
        long julianDay = Integer.toUnsignedLong(bytes.getInt());
        long epochDay = julianDay - JULIAN_DAY_OF_EPOCH;
        return Instant.ofEpochSecond(epochDay * 86_400L, nanosOfDay).toString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            text.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return text.toString();
    }
}
