package dev.propensity.data;

import dev.propensity.schema.Schema;
import dev.propensity.schema.ValueParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Survey answers held by lead key, ready for a left join; a lead with no answers simply has none. */
final class SurveyAnswers {
    private final List<String> header;
    private final String key;
    private final Map<String, String[]> byKey;
    private final Map<String, Integer> position = new HashMap<>();

    private SurveyAnswers(List<String> header, String key, Map<String, String[]> byKey) {
        this.header = header;
        this.key = key;
        this.byKey = byKey;
        for (int i = 0; i < header.size(); i++) {
            position.putIfAbsent(header.get(i), i);
        }
    }

    static SurveyAnswers read(Path file, String key, Schema schema, ValueParser parser) throws IOException {
        try (RowSource source = new PrefetchingRowSource(RowSources.open(file, schema.format()), "survey")) {
            List<String> header = source.header();
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                position.putIfAbsent(header.get(i), i);
            }
            int keyAt = LeadTableLoader.requireColumn(key, position, file, header);
            Map<String, String[]> byKey = new HashMap<>();
            RepeatedValues repeated = new RepeatedValues(header.size(), keyAt);
            for (String[] row; (row = source.next()) != null; ) {
                String value = row[keyAt];
                if (!parser.isMissing(value)) {
                    // A later answer replaces an earlier one: the survey export's last word counts.
                    byKey.put(value.strip(), repeated.share(row));
                }
            }
            return new SurveyAnswers(header, key, byKey);
        }
    }

    List<String> header() {
        return header;
    }

    String key() {
        return key;
    }

    int indexOf(String column) {
        return column.equals(key) ? -1 : position.getOrDefault(column, -1);
    }

    String[] answersFor(String leadKey) {
        return leadKey == null ? null : byKey.get(leadKey.strip());
    }
}
