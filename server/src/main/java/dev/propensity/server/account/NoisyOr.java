package dev.propensity.server.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines contacts into an account: the account converts when at least one of its people does, each
 * independently, {@code P = 1 - prod(1 - p_i)} over distinct people; the same person twice counts once (with
 * the higher probability), so duplicate CRM records do not inflate an account. Because
 * {@code -log(1 - P) = sum(-log(1 - p_i))}, each person's share of it splits the score exactly.
 * Independence overstates accounts with many similar contacts; {@code docs/grades.md} says why it is still the
 * default.
 */
public final class NoisyOr {
    public static final String FORMULA = "noisy-or over distinct people";
    /** Drivers listed at most. */
    public static final int DRIVERS = 3;

    private NoisyOr() {
    }

    /** Each distinct person's highest-probability contact, in first-seen order. */
    public static List<ContactScore> distinctPeople(List<ContactScore> contacts) {
        Map<Object, ContactScore> people = new LinkedHashMap<>();
        int anonymous = 0;
        for (ContactScore c : contacts) {
            Object key = c.person() == null ? Integer.valueOf(anonymous++) : c.person();
            people.merge(key, c, (a, b) -> b.probability() > a.probability() ? b : a);
        }
        return new ArrayList<>(people.values());
    }

    public static double combine(List<ContactScore> people) {
        double none = 1;
        for (ContactScore c : people) {
            none *= 1 - c.probability();
        }
        return 1 - none;
    }

    public static List<AccountScore.Driver> drivers(List<ContactScore> people) {
        double total = 0;
        for (ContactScore c : people) {
            total += -Math.log1p(-Math.min(c.probability(), 1 - 1e-12));
        }
        List<AccountScore.Driver> drivers = new ArrayList<>();
        for (ContactScore c : people) {
            double part = -Math.log1p(-Math.min(c.probability(), 1 - 1e-12));
            drivers.add(new AccountScore.Driver(c.leadId(), c.probability(), total == 0 ? 0 : part / total));
        }
        drivers.sort(Comparator.comparingDouble(AccountScore.Driver::share).reversed());
        return drivers.subList(0, Math.min(DRIVERS, drivers.size()));
    }
}
