package dev.propensity.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands out the account of each new lead: often a company seen recently (several people from one company
 * register within weeks of each other), otherwise a new one. Only the recent accounts are kept, so memory stays
 * flat however many leads are generated.
 */
final class AccountBook {
    private static final int RECENT = 400;
    private static final double SHARE_OF_REPEAT_LEADS = 0.55;
    private static final double[] COUNTRY_WEIGHTS = {0.34, 0.06, 0.12, 0.10, 0.07, 0.05, 0.04, 0.03, 0.07, 0.05, 0.03, 0.04};

    private final Population population;
    private final Draw draw;
    private final List<Account> recent = new ArrayList<>();
    private int oldest;
    private long created;

    AccountBook(Population population, Draw draw) {
        this.population = population;
        this.draw = draw;
    }

    Account next() {
        if (!recent.isEmpty() && draw.chance(SHARE_OF_REPEAT_LEADS)) {
            return draw.pick(recent);
        }
        Account account = newAccount();
        if (recent.size() < RECENT) {
            recent.add(account);
        } else {
            // Slots were filled in order, so replacing them round-robin always drops the oldest account.
            recent.set(oldest, account);
            oldest = (oldest + 1) % RECENT;
        }
        return account;
    }

    private Account newAccount() {
        created++;
        Industry industry = Industry.values()[draw.weighted(population.industryWeights())];
        double logEmployees = draw.gaussian(population.logEmployeesMedian(), 1.4);
        long employees = Math.max(1, Math.min(400_000, Math.round(StrictMath.exp(logEmployees))));
        double revenue = employees * industry.revenuePerEmployee() * draw.logNormal(1.0, 0.45);
        Country country = Country.values()[draw.weighted(COUNTRY_WEIGHTS)];
        return new Account(Formats.padded("A", created, 5), industry, employees, Math.round(revenue / 1000.0) * 1000.0,
                country);
    }
}
