package dev.propensity.server.http;

import dev.propensity.features.CategoricalEncoder;
import dev.propensity.features.FieldEncoder;
import dev.propensity.features.NumericEncoder;
import dev.propensity.schema.FeatureSpec;
import dev.propensity.server.api.ChampionSchema;
import dev.propensity.server.api.SchemaField;
import dev.propensity.server.scoring.ChampionHolder;
import dev.propensity.server.scoring.LoadedModel;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /v1/models/champion/schema}: the loaded champion's input fields with their kinds, the categories it
 * learnt and a typical number, taken from the model's own fitted pipeline so that the answer always matches what
 * the next score will use.
 */
public final class ChampionSchemaHandler implements Handler {
    private final ChampionHolder holder;

    public ChampionSchemaHandler(ChampionHolder holder) {
        this.holder = holder;
    }

    @Override
    public void handle(Context ctx) {
        LoadedModel model = ChampionSnapshot.require(holder);
        ctx.attribute(RequestObserver.MODEL_VERSION, model.version());
        ctx.json(of(model));
    }

    /** The schema of {@code model}'s inputs. */
    public static ChampionSchema of(LoadedModel model) {
        List<FeatureSpec> specs = model.scorer().pipeline().specs();
        List<FieldEncoder> encoders = model.scorer().pipeline().encoders();
        List<SchemaField> fields = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            FeatureSpec spec = specs.get(i);
            FieldEncoder encoder = encoders.get(i);
            List<String> categories = encoder instanceof CategoricalEncoder c ? c.levels() : null;
            Double typical = encoder instanceof NumericEncoder n ? typical(n) : null;
            fields.add(new SchemaField(spec.name(), spec.kind().jsonName(), spec.group().jsonName(),
                    spec.description(), categories, typical));
        }
        return new ChampionSchema(model.version(), model.schema().id(), fields);
    }

    /** The training mean back on the field's own scale, rounded to what a person would type. */
    private static double typical(NumericEncoder encoder) {
        double value = encoder.log() ? Math.expm1(encoder.mean()) : encoder.mean();
        return Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 100) / 100.0;
    }
}
