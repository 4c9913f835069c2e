package dev.propensity.server.feedback;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Stores one validated post of outcomes inside a transaction the caller owns, deciding per item between
 * created, duplicate and conflict. It throws on any conflict so that the caller rolls the whole post back.
 */
final class OutcomeRecorder {
    private OutcomeRecorder() {
    }

    /**
     * Records every request, or throws.
     *
     * @return one result per request, in the order posted
     * @throws OutcomeConflictException when a key is stored (or posted earlier in the same list) with other content
     */
    static List<OutcomeResult> record(Connection connection, List<OutcomeRequest> requests, Instant receivedAt)
            throws SQLException {
        OutcomeResult[] results = new OutcomeResult[requests.size()];
        boolean[] conflicting = new boolean[requests.size()];
        for (int index : inKeyOrder(requests)) {
            OutcomeRequest request = requests.get(index);
            boolean scored = ScoreLogTable.anyFor(connection, request.leadId());
            boolean created = OutcomeTable.insertIfAbsent(connection, request, receivedAt, scored);
            StoredOutcome stored = OutcomeTable.findByKey(connection, request.idempotencyKey())
                    .orElseThrow(() -> new SQLException("outcome '" + request.idempotencyKey()
                            + "' is neither insertable nor stored"));
            conflicting[index] = !created && !stored.sameContentAs(request);
            results[index] = new OutcomeResult(stored,
                    created ? OutcomeResult.Status.CREATED : OutcomeResult.Status.DUPLICATE);
        }
        Set<String> conflicts = new LinkedHashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            if (conflicting[i]) {
                conflicts.add(requests.get(i).idempotencyKey());
            }
        }
        if (!conflicts.isEmpty()) {
            throw new OutcomeConflictException(new ArrayList<>(conflicts));
        }
        return List.of(results);
    }

    /**
     * The indexes of the requests sorted by key. On PostgreSQL an insert waits for any uncommitted insert
     * of the same key; two posts sharing keys in opposite orders would then wait for each other until
     * one is killed as a deadlock. Taking keys in one global order means one post simply waits.
     */
    private static int[] inKeyOrder(List<OutcomeRequest> requests) {
        Integer[] order = new Integer[requests.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(i -> requests.get(i).idempotencyKey()));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
