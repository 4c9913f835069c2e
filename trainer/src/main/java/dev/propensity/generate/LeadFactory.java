package dev.propensity.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a lead's persona and the traces it leaves: title, channel, form, product, activity, and how its
 * account was recorded. Tables are indexed by {@link Persona} ordinal, one row per persona.
 */
final class LeadFactory {
    /** C-level, VP, director, manager, individual contributor, student. */
    private static final double[][] SENIORITY = {
        {0.10, 0.14, 0.20, 0.26, 0.28, 0.02},
        {0.06, 0.10, 0.20, 0.30, 0.32, 0.02},
        {0.08, 0.10, 0.18, 0.30, 0.32, 0.02},
        {0.05, 0.07, 0.15, 0.33, 0.38, 0.02},
        {0.02, 0.03, 0.08, 0.22, 0.53, 0.12},
    };
    /** Web, referral, paid search, event, partner, outbound, social, e-mail campaign. */
    private static final double[][] SOURCE = {
        {0.22, 0.12, 0.10, 0.16, 0.08, 0.10, 0.10, 0.12},
        {0.24, 0.10, 0.14, 0.08, 0.10, 0.14, 0.06, 0.14},
        {0.16, 0.14, 0.08, 0.08, 0.16, 0.24, 0.04, 0.10},
        {0.26, 0.04, 0.30, 0.04, 0.04, 0.10, 0.10, 0.12},
        {0.32, 0.03, 0.16, 0.06, 0.02, 0.10, 0.18, 0.13},
    };
    /** Demo request, contact sales, free trial, pricing page, webinar, whitepaper, newsletter. */
    private static final double[][] FORM = {
        {0.24, 0.14, 0.22, 0.10, 0.12, 0.10, 0.08},
        {0.18, 0.14, 0.14, 0.16, 0.14, 0.14, 0.10},
        {0.12, 0.18, 0.06, 0.10, 0.18, 0.20, 0.16},
        {0.10, 0.10, 0.18, 0.34, 0.08, 0.10, 0.10},
        {0.04, 0.03, 0.10, 0.08, 0.20, 0.30, 0.25},
    };
    private static final double[] CALL = {0.30, 0.22, 0.15, 0.18, 0.05};
    private static final double[] DEMO = {0.40, 0.30, 0.18, 0.22, 0.06};
    private static final double[] VISITS = {11, 8, 5, 9, 13};
    private static final double[] DOWNLOADS = {1.4, 1.1, 0.8, 0.7, 2.6};
    private static final double[] CLICKS = {3.0, 2.4, 1.4, 1.8, 1.0};
    private static final double[] RECENCY_DAYS = {7, 11, 18, 14, 32};

    private final Population population;
    private final Draw draw;
    private final SurveyFactory surveys;
    private final AttitudeFactory attitudes;
    private final Map<Seniority, List<JobTitle>> titlesBySeniority = new EnumMap<>(Seniority.class);

    LeadFactory(Population population, Draw draw, AttitudeFactory attitudes) {
        this.population = population;
        this.draw = draw;
        this.surveys = new SurveyFactory(draw);
        this.attitudes = attitudes;
        for (JobTitle title : JobTitle.values()) {
            titlesBySeniority.computeIfAbsent(title.seniority(), s -> new ArrayList<>()).add(title);
        }
    }

    Lead create(String id, LocalDate created, Account account) {
        Persona persona = Persona.values()[draw.weighted(population.personaWeights())];
        int p = persona.ordinal();
        Seniority seniority = Seniority.values()[draw.weighted(SENIORITY[p])];
        JobTitle title = draw.pick(titlesBySeniority.get(seniority));
        Intent intent = intent(p, title);
        Engagement engagement = engagement(p);
        FitRecord fit = record(account, title);
        Survey survey = surveys.answer(persona, fit.title());
        return new Lead(id, created, account, persona, fit, intent, engagement, survey,
                survey == null ? null : attitudes.answer(persona));
    }

    private Intent intent(int p, JobTitle title) {
        double[] sourceWeights = new double[SOURCE[p].length];
        for (int i = 0; i < sourceWeights.length; i++) {
            sourceWeights[i] = SOURCE[p][i] * population.sourceMultipliers()[i];
        }
        LeadSource source = LeadSource.values()[draw.weighted(sourceWeights)];
        double noForm = switch (source) {
            case OUTBOUND -> 0.85;
            case PARTNER -> 0.40;
            case EVENT -> 0.25;
            default -> 0.0;
        };
        RegistrationForm form = draw.chance(noForm) ? null : RegistrationForm.values()[draw.weighted(FORM[p])];
        double call = CALL[p] + (form == RegistrationForm.CONTACT_SALES ? 0.35 : 0)
                + (form == RegistrationForm.DEMO_REQUEST ? 0.15 : 0);
        double demo = DEMO[p] + (form == RegistrationForm.DEMO_REQUEST ? 0.25 : 0);
        return new Intent(source, form, product(title.department()), draw.chance(call), draw.chance(demo));
    }

    /** Analytics Cloud, Marketing Suite, Sales CRM, Data Platform: people ask for their own department's tool. */
    private Product product(Department department) {
        double[] weights = switch (department) {
            case MARKETING -> new double[] {0.20, 0.60, 0.10, 0.10};
            case SALES -> new double[] {0.15, 0.10, 0.65, 0.10};
            case ENGINEERING -> new double[] {0.35, 0.05, 0.10, 0.50};
            case FINANCE, OPERATIONS -> new double[] {0.50, 0.10, 0.15, 0.25};
            default -> new double[] {0.30, 0.25, 0.25, 0.20};
        };
        return Product.values()[draw.weighted(weights)];
    }

    private Engagement engagement(int p) {
        long visits = draw.overDispersedCount(VISITS[p], 1.5);
        long downloads = draw.overDispersedCount(DOWNLOADS[p], 1.0);
        long clicks = draw.overDispersedCount(CLICKS[p], 1.2);
        long recency = Math.min(365, (long) Math.floor(-RECENCY_DAYS[p] * StrictMath.log(1.0 - draw.uniform())));
        return new Engagement(visits, downloads, clicks, recency);
    }

    /** How the account and contact made it into the CRM: gaps, spelling variants and the odd slipped digit. */
    private FitRecord record(Account account, JobTitle title) {
        String industry = draw.chance(0.06) ? null : SpellingNoise.industry(account.industry(), draw);
        Long employees = null;
        if (!draw.chance(0.10)) {
            employees = draw.chance(0.004) ? account.employees() * 1000 : account.employees();
        }
        Double revenue = null;
        if (!draw.chance(employees == null ? 0.40 : 0.12)) {
            revenue = draw.chance(0.005) ? account.annualRevenue() / 1000.0 : account.annualRevenue();
        }
        String country = draw.chance(0.03) ? null : SpellingNoise.country(account.country(), draw);
        JobTitle recordedTitle = draw.chance(0.04) ? null : title;
        return new FitRecord(industry, employees, revenue, country, recordedTitle);
    }
}
