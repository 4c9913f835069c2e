package dev.propensity.server.http;

import dev.propensity.registry.ModelRegistry;
import dev.propensity.registry.ModelVersion;
import dev.propensity.server.api.ModelList;
import dev.propensity.server.api.ModelSummary;
import dev.propensity.server.scoring.ChampionHolder;
import dev.propensity.server.scoring.LoadedModel;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code GET /v1/models} and {@code GET /v1/models/champion}: what the registry holds, with metrics. */
public final class ModelsHandler {
    private final ModelRegistry registry;
    private final ChampionHolder holder;

    public ModelsHandler(ModelRegistry registry, ChampionHolder holder) {
        this.registry = registry;
        this.holder = holder;
    }

    public void list(Context ctx) {
        Optional<ModelVersion> champion = registry.champion();
        Integer serving = holder.current().map(LoadedModel::version).orElse(null);
        List<ModelSummary> versions = new ArrayList<>();
        for (ModelVersion version : registry.versions()) {
            versions.add(summary(version, champion, serving));
        }
        ctx.json(new ModelList(champion.map(ModelVersion::number).orElse(null), serving, versions));
    }

    public void champion(Context ctx) {
        Optional<ModelVersion> champion = registry.champion();
        if (champion.isEmpty()) {
            throw new ApiException(404, "no_champion", "the registry has no champion yet", null);
        }
        ctx.json(summary(champion.get(), champion, holder.current().map(LoadedModel::version).orElse(null)));
    }

    private static ModelSummary summary(ModelVersion version, Optional<ModelVersion> champion, Integer serving) {
        boolean isChampion = champion.isPresent() && champion.get().number() == version.number();
        Integer parent = version.parentVersion().isPresent() ? version.parentVersion().getAsInt() : null;
        return new ModelSummary(version.number(), version.label(), version.createdAt(), parent, isChampion,
                serving != null && serving == version.number(), version.manifest().get("metrics"));
    }
}
