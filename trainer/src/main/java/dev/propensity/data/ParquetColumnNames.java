package dev.propensity.data;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Column names as Parquet files read through Avro can hold them. Avro names allow only letters, digits and '_',
 * yet CRM exports name columns "Lead Source" or "emp.var.rate": such a column is written under a safe name
 * ({@code Lead_Source}) with its real name kept in the field's {@value #ORIGINAL} property, which
 * {@link ParquetRowSource} reads back, so the rest of the system only ever sees the real name.
 */
public final class ParquetColumnNames {
    /** The Avro field property that holds a column's real name when its field name had to differ. */
    public static final String ORIGINAL = "propensity.column";
    private static final Pattern AVRO_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private ParquetColumnNames() {
    }

    public static boolean isAvroName(String name) {
        return AVRO_NAME.matcher(name).matches();
    }

    /** Real name to field name for each column, keeping Avro names as they are and never giving two the same. */
    public static Map<String, String> fieldNames(Collection<String> columns) {
        Set<String> taken = new HashSet<>();
        for (String column : columns) {
            if (isAvroName(column)) {
                taken.add(column);
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (String column : columns) {
            if (isAvroName(column)) {
                names.put(column, column);
                continue;
            }
            String safe = column.replaceAll("[^A-Za-z0-9_]", "_");
            if (safe.isEmpty() || Character.isDigit(safe.charAt(0))) {
                safe = "_" + safe;
            }
            String name = safe;
            for (int i = 2; taken.contains(name); i++) {
                name = safe + "_" + i;
            }
            taken.add(name);
            names.put(column, name);
        }
        return names;
    }

    /** Field name to real name, from the Avro schema a file was written with (absent for foreign files). */
    static Map<String, String> realNames(org.apache.avro.Schema avro) {
        Map<String, String> real = new HashMap<>();
        if (avro == null || avro.getType() != org.apache.avro.Schema.Type.RECORD) {
            return real;
        }
        for (org.apache.avro.Schema.Field field : avro.getFields()) {
            Object original = field.getObjectProp(ORIGINAL);
            if (original != null) {
                real.put(field.name(), original.toString());
            }
        }
        return real;
    }
}
