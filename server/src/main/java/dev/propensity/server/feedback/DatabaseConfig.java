package dev.propensity.server.feedback;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the feedback store lives, read once at start-up.
 *
 * <table>
 *   <caption>Components</caption>
 *   <tr><th>component</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>url</td><td>{@value #DEFAULT_URL}</td><td>a {@code jdbc:sqlite:} file or a {@code jdbc:postgresql:} URL</td></tr>
 *   <tr><td>user</td><td>none</td><td>database user (PostgreSQL)</td></tr>
 *   <tr><td>password</td><td>none</td><td>database password (PostgreSQL)</td></tr>
 *   <tr><td>schema</td><td>none: the user's default</td><td>PostgreSQL schema for the tables, created if missing</td></tr>
 * </table>
 *
 * @param url      the JDBC URL
 * @param user     the user to connect as, if the URL does not say
 * @param password the password, if any
 * @param schema   a PostgreSQL schema name (letters, digits and underscores)
 */
public record DatabaseConfig(String url, Optional<String> user, Optional<String> password, Optional<String> schema) {
    /** A SQLite file in the working directory. */
    public static final String DEFAULT_URL = "jdbc:sqlite:propensity.db";

    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(schema, "schema");
        Dialect dialect = Dialect.fromUrl(url);
        if (dialect == Dialect.SQLITE && (url.equals("jdbc:sqlite:") || url.contains(":memory:") || url.contains("mode=memory"))) {
            // Each pooled connection would open its own empty in-memory database.
            throw new IllegalArgumentException("url: an in-memory SQLite database cannot be pooled, use a file: " + url);
        }
        if (schema.isPresent()) {
            if (dialect != Dialect.POSTGRESQL) {
                throw new IllegalArgumentException("schema: only PostgreSQL has schemas, but the URL is " + url);
            }
            // The name reaches SQL through Flyway and the driver; a plain identifier needs no quoting anywhere.
            if (!SCHEMA_NAME.matcher(schema.get()).matches()) {
                throw new IllegalArgumentException(
                        "schema: expected letters, digits and underscores, got '" + schema.get() + "'");
            }
        }
    }

    /** The given URL with no credentials and no schema. */
    public static DatabaseConfig of(String url) {
        return new DatabaseConfig(url, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The default: {@value #DEFAULT_URL}. */
    public static DatabaseConfig defaults() {
        return of(DEFAULT_URL);
    }

    /** A SQLite database in the given file. */
    public static DatabaseConfig sqliteFile(Path file) {
        return of("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** This configuration with a user and, if not {@code null}, a password. */
    public DatabaseConfig withCredentials(String newUser, String newPassword) {
        return new DatabaseConfig(url, Optional.of(newUser), Optional.ofNullable(newPassword), schema);
    }

    /** This configuration with the tables in the given PostgreSQL schema. */
    public DatabaseConfig withSchema(String newSchema) {
        return new DatabaseConfig(url, user, password, Optional.of(newSchema));
    }

    /** Which database the URL names. */
    public Dialect dialect() {
        return Dialect.fromUrl(url);
    }

    /** Leaves the password out, since configurations end up in logs. */
    @Override
    public String toString() {
        return "DatabaseConfig[url=" + url + ", user=" + user.orElse("(none)")
                + ", password=" + (password.isPresent() ? "****" : "(none)")
                + ", schema=" + schema.orElse("(default)") + "]";
    }
}
