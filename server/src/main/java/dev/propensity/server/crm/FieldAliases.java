package dev.propensity.server.crm;

import dev.propensity.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An aliases file: the CRM's property names for the schema's fields, one field per line as
 * {@code employees = company_size, CompanySize}; blank lines and lines starting with {@code #} are skipped.
 * Read once at start, when a line that cannot be read or an alias given twice is an error naming the line; then
 * bound to each model's schema ({@link #bind}), when an alias naming no field of the model, or spelling one of
 * its own fields, is an error naming the line too. Aliases are exact: JSON property names are case-sensitive.
 */
public final class FieldAliases {
    /** No aliases: leads use the schema's names. */
    public static final FieldAliases NONE = new FieldAliases("no aliases file", List.of());

    private final String source;
    private final List<FieldAlias> entries;
    // The last binding, by model version: every request of a version reuses it.
    private volatile Bound last;

    private record Bound(int version, LeadFieldNames names) {
    }

    private FieldAliases(String source, List<FieldAlias> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
    }

    /** Reads and checks an aliases file. @throws CrmMappingException naming the file and line */
    public static FieldAliases read(Path file) {
        try {
            return parse("aliases file " + file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new CrmMappingException("aliases file " + file + " does not exist");
        } catch (IOException e) {
            throw new CrmMappingException("cannot read aliases file " + file + ": " + e.getMessage());
        }
    }

    /** Parses the lines of an aliases file; {@code source} starts every message. */
    public static FieldAliases parse(String source, List<String> lines) {
        List<FieldAlias> entries = new ArrayList<>();
        Map<String, FieldAlias> byAlias = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int equals = text.indexOf('=');
            String field = equals < 0 ? "" : text.substring(0, equals).strip();
            String[] aliases = equals < 0 ? new String[0] : text.substring(equals + 1).split(",");
            if (field.isEmpty() || aliases.length == 0) {
                throw new CrmMappingException(source + " line " + line
                        + ": expected 'field = alias, alias', got '" + text + "'");
            }
            for (String raw : aliases) {
                String alias = raw.strip();
                if (alias.isEmpty()) {
                    throw new CrmMappingException(source + " line " + line + ": an empty alias for '" + field + "'");
                }
                FieldAlias earlier = byAlias.get(alias);
                if (earlier != null) {
                    throw new CrmMappingException(source + " line " + line + ": alias '" + alias
                            + "' is already given on line " + earlier.line() + " (for '" + earlier.field() + "')");
                }
                FieldAlias entry = new FieldAlias(alias, field, line);
                byAlias.put(alias, entry);
                entries.add(entry);
            }
        }
        return new FieldAliases(source, entries);
    }

    public List<FieldAlias> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The aliases as they apply to one model's schema, checked against it.
     *
     * @param version the model version, for messages and for reusing the last binding
     * @throws CrmMappingException naming the line of an alias that names no field of the model or collides
     *                             with one of its own names
     */
    public LeadFieldNames bind(int version, Schema schema) {
        Bound bound = last;
        if (bound != null && bound.version() == version) {
            return bound.names();
        }
        Set<String> fields = new LinkedHashSet<>();
        if (schema.id() != null) {
            fields.add(schema.id());
        }
        fields.addAll(schema.featureNames());
        Map<String, String> toField = new HashMap<>();
        for (FieldAlias entry : entries) {
            if (!fields.contains(entry.field())) {
                throw new CrmMappingException(source + " line " + entry.line() + ": '" + entry.field()
                        + "' names no field of model v" + version + " (its fields: " + String.join(", ", fields) + ")");
            }
            if (fields.contains(entry.alias())) {
                throw new CrmMappingException(source + " line " + entry.line() + ": alias '" + entry.alias()
                        + "' collides with the model's own field '" + entry.alias() + "'");
            }
            toField.put(entry.alias(), entry.field());
        }
        LeadFieldNames names = new LeadFieldNames(toField);
        last = new Bound(version, names);
        return names;
    }
}
