package dev.propensity.persona;

import dev.propensity.data.Column;
import dev.propensity.data.LeadTable;
import dev.propensity.schema.ExcludedColumn;
import dev.propensity.schema.FeatureGroup;
import dev.propensity.schema.FeatureKind;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rep, product and amount columns persona matching reads. The owner and amount are usually excluded from the
 * model (known only after qualification or close), so they are loaded through a widened schema and taken out
 * again before the model sees the table.
 */
public final class DealColumns {
    private DealColumns() {
    }

    /** The schema with the deal columns added as extra inputs (and no longer excluded). */
    public static Schema widen(Schema schema, PersonaSettings settings) {
        List<FeatureSpec> features = new ArrayList<>(schema.features());
        for (String column : settings.dealColumns()) {
            if (schema.feature(column).isEmpty()) {
                boolean amount = settings.amount().map(column::equals).orElse(false);
                features.add(new FeatureSpec(column, amount ? FeatureKind.NUMERIC : FeatureKind.CATEGORICAL,
                        FeatureGroup.FIT, column));
            }
        }
        List<ExcludedColumn> excluded = schema.excluded().stream()
                .filter(e -> !settings.dealColumns().contains(e.name())).toList();
        return new Schema(schema.name(), schema.data(), schema.format(), schema.id(), schema.label(),
                schema.timestamp(), schema.survey(), features, excluded, schema.segments(), schema.interactions());
    }

    /** The table as the original schema describes it: only its own features. */
    public static LeadTable narrow(LeadTable wide, Schema schema) {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (FeatureSpec f : schema.features()) {
            columns.put(f.name(), wide.column(f.name()));
        }
        return new LeadTable(schema, wide.ids(), wide.won(), wide.times(), columns, wide.fingerprint(), wide.warnings());
    }
}
