package dev.propensity.server.feedback;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The SQL of the {@code outcome} table: insert unless the key exists, look up, count, read rows back. */
final class OutcomeTable {
    /** The columns {@link #read} expects, in order. */
    static final List<String> COLUMNS = List.of(
            "id", "idempotency_key", "lead_id", "outcome", "amount", "close_date", "received_at_micros", "scored");

    // ON CONFLICT ... DO NOTHING is spelled the same in SQLite (3.24+) and PostgreSQL (9.5+). It lets the
    // unique constraint settle races between concurrent posts of one key, and unlike catching the violation
    // it leaves a PostgreSQL transaction usable afterwards.
    private static final String INSERT_IF_ABSENT = "INSERT INTO outcome "
            + "(idempotency_key, lead_id, outcome, amount, close_date, received_at_micros, scored) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING";
    private static final String BY_KEY = "SELECT " + String.join(", ", COLUMNS)
            + " FROM outcome WHERE idempotency_key = ?";
    private static final String COUNT = "SELECT COUNT(*) FROM outcome";

    private OutcomeTable() {
    }

    /**
     * Inserts a valid request unless its key is stored already.
     *
     * @return whether a row was inserted
     */
    static boolean insertIfAbsent(Connection connection, OutcomeRequest request, Instant receivedAt, boolean scored)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_IF_ABSENT)) {
            insert.setString(1, request.idempotencyKey());
            insert.setString(2, request.leadId());
            insert.setString(3, request.outcome());
            if (request.amount() == null) {
                insert.setNull(4, Types.DECIMAL);
            } else {
                insert.setBigDecimal(4, request.amount());
            }
            // A LocalDate binds as a DATE in PostgreSQL and as ISO text in SQLite; both read back the same.
            insert.setObject(5, request.closeDate());
            insert.setLong(6, EpochMicros.of(receivedAt));
            insert.setBoolean(7, scored);
            return insert.executeUpdate() == 1;
        }
    }

    static Optional<StoredOutcome> findByKey(Connection connection, String idempotencyKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(BY_KEY)) {
            select.setString(1, idempotencyKey);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows, 1)) : Optional.empty();
            }
        }
    }

    static long count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(COUNT);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Reads the {@link #COLUMNS} starting at column {@code first} of the current row. */
    static StoredOutcome read(ResultSet rows, int first) throws SQLException {
        String outcome = rows.getString(first + 3);
        BigDecimal amount = rows.getBigDecimal(first + 4);
        return new StoredOutcome(
                rows.getLong(first),
                rows.getString(first + 1),
                rows.getString(first + 2),
                Outcome.fromWireName(outcome).orElseThrow(
                        () -> new SQLException("outcome column holds '" + outcome + "', expected won or lost")),
                Optional.ofNullable(amount),
                LocalDate.parse(rows.getString(first + 5)),
                EpochMicros.toInstant(rows.getLong(first + 6)),
                rows.getBoolean(first + 7));
    }
}
