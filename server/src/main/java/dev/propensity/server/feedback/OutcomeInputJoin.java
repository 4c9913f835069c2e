package dev.propensity.server.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Pairs outcomes with the score their lead had when the outcome arrived: the training examples of a
 * retraining run.
 */
final class OutcomeInputJoin {
    // The correlated subquery picks the latest score at or before receipt; a score logged after the outcome
    // arrived may have seen fields the CRM filled in while closing, which would leak the label. It finds a lead's
    // scores by the lead index (score_lead, ScoreLeadIndex: caught up first on SQLite); package-private so that a
    // test can read its plan.
    static final String SELECT = "SELECT " + columns("o", OutcomeTable.COLUMNS) + ", "
            + columns("s", ScoreLogTable.COLUMNS)
            + " FROM outcome o JOIN score_log s ON s.id = ("
            + "SELECT latest.id FROM score_lead lead JOIN score_log latest ON latest.id = lead.log_id"
            + " WHERE lead.lead_id = o.lead_id AND latest.scored_at_micros <= o.received_at_micros"
            + " ORDER BY latest.scored_at_micros DESC, latest.id DESC LIMIT 1)"
            + " WHERE o.received_at_micros >= ?"
            + " ORDER BY o.received_at_micros, o.id";

    private OutcomeInputJoin() {
    }

    static List<OutcomeWithInput> since(Connection connection, Instant since) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setLong(1, EpochMicros.of(since));
            try (ResultSet rows = select.executeQuery()) {
                List<OutcomeWithInput> pairs = new ArrayList<>();
                while (rows.next()) {
                    pairs.add(new OutcomeWithInput(
                            OutcomeTable.read(rows, 1),
                            ScoreLogTable.read(rows, 1 + OutcomeTable.COLUMNS.size())));
                }
                return pairs;
            }
        }
    }

    private static String columns(String alias, List<String> names) {
        return names.stream().map(name -> alias + "." + name).collect(Collectors.joining(", "));
    }
}
