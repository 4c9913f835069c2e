package dev.propensity.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Renders the {@code models} listing, as an aligned text table for people or as JSON for programs. */
final class VersionTable {
    private static final String NONE = "-";
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final List<String> HEADER =
            List.of("", "VERSION", "CREATED (UTC)", "ROWS", "WINS/LOSSES", "AUC", "AUC 95% CI", "LOG LOSS");

    private VersionTable() {
    }

    /** The text table, one line per version, the champion marked with a star; ends with a newline. */
    static String text(List<VersionSummary> versions) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (VersionSummary v : versions) {
            rows.add(List.of(v.champion() ? "*" : "", v.label(), CREATED.format(v.createdAt()), whole(v.rows()),
                    winsLosses(v), decimal(v.rocAuc()), interval(v), decimal(v.logLoss())));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            // Without a champion the star column is empty and left out.
            for (int c = widths[0] == 0 ? 1 : 0; c < row.size(); c++) {
                // Padded by hand: a format width of 0 (no champion, so the star column is empty) is an error.
                line.append(row.get(c)).append(" ".repeat(widths[c] - row.get(c).length()));
                line.append(c == 0 ? " " : "  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        if (versions.stream().anyMatch(VersionSummary::champion)) {
            out.append("* champion\n");
        }
        return out.toString();
    }

    /** The JSON listing: the champion's number (or null) and one object per version, absent figures as null. */
    static ObjectNode json(String root, List<VersionSummary> versions, ObjectMapper mapper) {
        ObjectNode json = mapper.createObjectNode();
        json.put("models", root);
        versions.stream().filter(VersionSummary::champion).findFirst()
                .ifPresentOrElse(c -> json.put("champion", c.number()), () -> json.putNull("champion"));
        ArrayNode list = json.putArray("versions");
        for (VersionSummary v : versions) {
            ObjectNode item = list.addObject();
            item.put("version", v.number());
            item.put("label", v.label());
            item.put("created_at", v.createdAt().toString());
            item.put("champion", v.champion());
            put(item, "rows", v.rows());
            put(item, "wins", v.wins());
            put(item, "losses", v.losses());
            put(item, "roc_auc", v.rocAuc());
            put(item, "roc_auc_low", v.rocAucLow());
            put(item, "roc_auc_high", v.rocAucHigh());
            put(item, "log_loss", v.logLoss());
        }
        return json;
    }

    private static String winsLosses(VersionSummary v) {
        if (v.wins().isEmpty() && v.losses().isEmpty()) {
            return NONE;
        }
        return whole(v.wins()) + "/" + whole(v.losses());
    }

    private static String interval(VersionSummary v) {
        if (v.rocAucLow().isEmpty() || v.rocAucHigh().isEmpty()) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%.3f-%.3f", v.rocAucLow().getAsDouble(), v.rocAucHigh().getAsDouble());
    }

    private static String whole(OptionalLong value) {
        return value.isPresent() ? Long.toString(value.getAsLong()) : NONE;
    }

    private static String decimal(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.4f", value.getAsDouble()) : NONE;
    }

    private static void put(ObjectNode item, String field, OptionalLong value) {
        if (value.isPresent()) {
            item.put(field, value.getAsLong());
        } else {
            item.putNull(field);
        }
    }

    private static void put(ObjectNode item, String field, OptionalDouble value) {
        if (value.isPresent()) {
            item.put(field, value.getAsDouble());
        } else {
            item.putNull(field);
        }
    }
}
