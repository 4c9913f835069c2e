package dev.propensity.server.account;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects scored contacts by account while a file is scored, then writes one line per account: the noisy-OR
 * score over distinct people, the top driver and the buying roles nobody engaged yet. Memory grows with the
 * number of contacts (one small record each), not with the width of the file.
 */
public final class AccountTally {
    public static final List<String> HEADER = List.of("account_id", "contacts", "people", "probability", "score",
            "top_contact", "top_share", "not_engaged");
    private final Map<String, List<ContactScore>> accounts = new LinkedHashMap<>();

    /** Adds a contact; one without an account is skipped. */
    public void add(String accountId, ContactScore contact) {
        if (accountId == null || accountId.isBlank()) {
            return;
        }
        accounts.computeIfAbsent(accountId, k -> new ArrayList<>()).add(contact);
    }

    public int size() {
        return accounts.size();
    }

    /** Writes the accounts as CSV lines, in first-seen order, each line through {@code line}. */
    public void write(Writer out, java.util.function.Function<List<String>, String> line) throws IOException {
        out.write(line.apply(HEADER));
        for (Map.Entry<String, List<ContactScore>> account : accounts.entrySet()) {
            List<ContactScore> people = NoisyOr.distinctPeople(account.getValue());
            double p = NoisyOr.combine(people);
            List<AccountScore.Driver> drivers = NoisyOr.drivers(people);
            AccountScore.Driver top = drivers.isEmpty() ? null : drivers.get(0);
            out.write(line.apply(List.of(account.getKey(), Integer.toString(account.getValue().size()),
                    Integer.toString(people.size()), String.format(Locale.ROOT, "%.6f", p), Long.toString(Math.round(p * 100)),
                    top == null || top.leadId() == null ? "" : top.leadId(),
                    top == null ? "" : String.format(Locale.ROOT, "%.3f", top.share()),
                    String.join("; ", AccountRoles.notEngaged(AccountRoles.coverage(account.getValue()))))));
        }
        out.flush();
    }
}
