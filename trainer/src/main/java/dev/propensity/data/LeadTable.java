package dev.propensity.data;

import dev.propensity.schema.Schema;
import java.util.List;
import java.util.Map;

/**
 * Labelled leads held column by column, typed as the schema says: what training and evaluation read.
 *
 * @param schema     the schema the table was loaded with
 * @param ids        lead ids
 * @param won        1 for a win, 0 for a loss
 * @param times      the timestamp of each lead in epoch milliseconds (Long.MIN_VALUE when absent), or null without one
 * @param columns    feature name to column, in the schema's feature order
 * @param fingerprint where the data came from
 * @param warnings   what loading noticed and tolerated (rows without a label, unparseable values...)
 */
public record LeadTable(
        Schema schema,
        String[] ids,
        byte[] won,
        long[] times,
        Map<String, Column> columns,
        DataFingerprint fingerprint,
        List<String> warnings) {

    public int size() {
        return ids.length;
    }

    public Column column(String name) {
        Column column = columns.get(name);
        if (column == null) {
            throw new DataException("no column '" + name + "' in the loaded table");
        }
        return column;
    }

    public long wins() {
        long wins = 0;
        for (byte b : won) {
            wins += b;
        }
        return wins;
    }

    public long losses() {
        return size() - wins();
    }
}
