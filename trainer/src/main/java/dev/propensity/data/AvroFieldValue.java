package dev.propensity.data;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/**
 * Turns a plain Java value into what Avro's generic model stores for one field, checking that it fits, so that
 * a wrong value fails with the column's name instead of deep inside the Parquet writer.
 */
final class AvroFieldValue {
    private AvroFieldValue() {
    }

    /** A converter for one field; {@code null} is accepted only when the field's type is a union with null. */
    static Function<Object, Object> forField(Schema.Field field) {
        Schema schema = field.schema();
        boolean nullable = schema.getType() == Schema.Type.UNION
                && schema.getTypes().stream().anyMatch(t -> t.getType() == Schema.Type.NULL);
        Schema type = nonNull(schema);
        Function<Object, Object> converter = forType(field.name(), type);
        return value -> {
            if (value == null) {
                if (!nullable) {
                    throw new IllegalArgumentException("a value is required (the field is not nullable)");
                }
                return null;
            }
            return converter.apply(value);
        };
    }

    private static Schema nonNull(Schema schema) {
        if (schema.getType() != Schema.Type.UNION) {
            return schema;
        }
        var branches = schema.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).toList();
        if (branches.size() != 1) {
            throw new DataException("union " + schema + " is not supported; use [\"null\", type]");
        }
        return branches.get(0);
    }

    private static Function<Object, Object> forType(String column, Schema type) {
        if (type.getLogicalType() instanceof LogicalTypes.Date) {
            return AvroFieldValue::epochDay;
        }
        return switch (type.getType()) {
            case STRING -> Object::toString;
            case DOUBLE -> v -> number(v).doubleValue();
            case FLOAT -> v -> number(v).floatValue();
            case LONG -> v -> integral(v);
            case INT -> v -> Math.toIntExact(integral(v));
            case BOOLEAN -> AvroFieldValue::bool;
            default -> throw new DataException("column '" + column + "': Avro type " + type.getType()
                    + " cannot be written; use string, double, float, long, int, boolean or date");
        };
    }

    private static Number number(Object value) {
        if (value instanceof Number n) {
            return n;
        }
        throw new IllegalArgumentException("expected a number, got " + describe(value));
    }

    private static long integral(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw new IllegalArgumentException("expected a whole number, got " + describe(value));
    }

    private static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("expected true or false, got " + describe(value));
    }

    private static Integer epochDay(Object value) {
        if (value instanceof LocalDate date) {
            return Math.toIntExact(date.toEpochDay());
        }
        if (value instanceof CharSequence text) {
            try {
                return Math.toIntExact(LocalDate.parse(text).toEpochDay());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("expected an ISO date (yyyy-MM-dd), got '" + text + "'", e);
            }
        }
        throw new IllegalArgumentException("expected a date, got " + describe(value));
    }

    private static String describe(Object value) {
        return value.getClass().getSimpleName() + " '" + value + "'";
    }
}
