package dev.propensity.server.feedback;

import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Brings a database's tables up to date with the Flyway migrations under {@value #LOCATION}. */
final class Migrations {
    /** Where the migration scripts are; the same scripts serve SQLite and PostgreSQL. */
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /**
     * Applies every pending migration; with nothing pending it only checks the history, so it is safe on
     * every start.
     *
     * @param schema a PostgreSQL schema to create if missing and migrate into
     */
    static void apply(DataSource dataSource, Dialect dialect, Optional<String> schema) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .placeholders(Map.of("id_column", dialect.idColumn()));
        schema.ifPresent(name -> configuration.schemas(name).defaultSchema(name));
        configuration.load().migrate();
    }
}
