package dev.propensity.server.config;

import dev.propensity.server.crm.FieldAliases;
import dev.propensity.server.crm.StageMap;
import java.util.Objects;

/**
 * How the CRM spells things, read once at start: its property names for the schema's fields and its deal
 * stages for won and lost.
 *
 * @param aliases the aliases file's contents, {@link FieldAliases#NONE} without one
 * @param stages  the stage map, {@link StageMap#NONE} without one
 */
public record CrmMappings(FieldAliases aliases, StageMap stages) {
    /** No aliases and no stages. */
    public static final CrmMappings NONE = new CrmMappings(FieldAliases.NONE, StageMap.NONE);

    public CrmMappings {
        Objects.requireNonNull(aliases, "aliases");
        Objects.requireNonNull(stages, "stages");
    }
}
