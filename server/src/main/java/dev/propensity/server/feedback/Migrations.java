package dev.propensity.server.feedback;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings a database's tables up to date with the Flyway migrations under {@value #LOCATION}, and those of its dialect
 * under {@value #LOCATION}{@code -sqlite} or {@code -postgresql} (one version number, two scripts, where the two
 * databases are best served differently).
 */
final class Migrations {
    /** Where the migration scripts both databases share are. */
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
                .locations(LOCATION, locationOf(dialect))
                .failOnMissingLocations(true)
                .placeholders(Map.of("id_column", dialect.idColumn()));
        schema.ifPresent(name -> configuration.schemas(name).defaultSchema(name));
        configuration.load().migrate();
    }

    /** Where the scripts of one dialect only are. */
    static String locationOf(Dialect dialect) {
        return LOCATION + "-" + dialect.name().toLowerCase(Locale.ROOT);
    }
}
