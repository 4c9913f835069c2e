package dev.propensity.generate;

/**
 * The true chance that a lead becomes a customer, the yardstick that model quality is measured against.
 *
 * <p>Its log-odds are a sum of terms, one per observable column, each linear in what a standard pipeline feeds a
 * logistic regression: one level per category (with a level for "missing" and one for "no survey"), the log of
 * employees and revenue, the log of one plus each count, 0/1 for booleans, and Likert answers as numbers. So a
 * well-specified logistic regression can come close to these probabilities. The exceptions are small on purpose:
 * a trend over the two years (visible only through the creation date), a hidden nudge per persona, and the true
 * company size where the record slipped a digit.
 *
 * <p>A missing value contributes what a typical value would (zero here), as mean imputation assumes.
 */
final class PropensityTruth {
    private static final double INTERCEPT = -2.05;
    private static final double LOG_EMPLOYEES_CENTRE = StrictMath.log(80);
    private static final double LOG_REVENUE_CENTRE = StrictMath.log(80 * 230_000.0);
    private static final double NO_SURVEY = -0.10;

    private PropensityTruth() {
    }

    static double probability(Lead lead) {
        double logit = INTERCEPT + fit(lead) + intent(lead.intent()) + engagement(lead.engagement())
                + survey(lead.survey()) + 0.4 * (Timeline.position(lead.created()) - 0.5) + hidden(lead.persona());
        return 1.0 / (1.0 + StrictMath.exp(-logit));
    }

    private static double fit(Lead lead) {
        FitRecord fit = lead.fit();
        Account account = lead.account();
        double sum = 0;
        if (fit.industry() != null) {
            sum += industry(account.industry());
        }
        if (fit.employees() != null) {
            sum += 0.30 * (StrictMath.log(account.employees()) - LOG_EMPLOYEES_CENTRE);
        }
        if (fit.annualRevenue() != null) {
            sum += 0.15 * (StrictMath.log(account.annualRevenue()) - LOG_REVENUE_CENTRE);
        }
        if (fit.country() != null) {
            sum += country(account.country());
        }
        if (fit.title() != null) {
            sum += seniority(fit.title().seniority()) + department(fit.title().department());
        }
        return sum;
    }

    private static double industry(Industry industry) {
        return switch (industry) {
            case SOFTWARE -> 0.35;
            case FINANCIAL_SERVICES, PROFESSIONAL_SERVICES -> 0.15;
            case TELECOMMUNICATIONS -> 0.10;
            case MEDIA -> 0.05;
            case HEALTHCARE -> 0.0;
            case ENERGY -> -0.05;
            case MANUFACTURING, LOGISTICS -> -0.10;
            case RETAIL -> -0.25;
            case GOVERNMENT -> -0.35;
            case EDUCATION -> -0.40;
        };
    }

    private static double country(Country country) {
        return switch (country) {
            case UNITED_STATES -> 0.15;
            case CANADA, UNITED_KINGDOM -> 0.10;
            case NETHERLANDS, SWEDEN, AUSTRALIA -> 0.05;
            case GERMANY -> 0.0;
            case FRANCE -> -0.05;
            case SPAIN -> -0.10;
            case JAPAN -> -0.15;
            case BRAZIL -> -0.25;
            case INDIA -> -0.30;
        };
    }

    private static double seniority(Seniority seniority) {
        return switch (seniority) {
            case C_LEVEL -> 0.35;
            case VP -> 0.30;
            case DIRECTOR -> 0.20;
            case MANAGER -> 0.0;
            case INDIVIDUAL -> -0.25;
            case STUDENT -> -1.00;
        };
    }

    private static double department(Department department) {
        return switch (department) {
            case MARKETING -> 0.15;
            case EXECUTIVE, ENGINEERING -> 0.10;
            case SALES -> 0.05;
            case OPERATIONS -> -0.05;
            case FINANCE -> -0.10;
            case OTHER -> -0.15;
            case PEOPLE -> -0.25;
        };
    }

    private static double intent(Intent intent) {
        double source = switch (intent.source()) {
            case REFERRAL -> 0.60;
            case PARTNER -> 0.35;
            case EVENT -> 0.25;
            case WEB -> 0.0;
            case EMAIL_CAMPAIGN -> -0.10;
            case PAID_SEARCH -> -0.20;
            case OUTBOUND -> -0.30;
            case SOCIAL -> -0.40;
        };
        double form = intent.form() == null ? 0.0 : switch (intent.form()) {
            case DEMO_REQUEST -> 0.50;
            case CONTACT_SALES -> 0.40;
            case FREE_TRIAL -> 0.25;
            case PRICING_PAGE -> 0.15;
            case WEBINAR -> -0.05;
            case WHITEPAPER -> -0.25;
            case NEWSLETTER -> -0.45;
        };
        double product = switch (intent.product()) {
            case SALES_CRM -> 0.10;
            case ANALYTICS_CLOUD -> 0.05;
            case MARKETING_SUITE -> 0.0;
            case DATA_PLATFORM -> -0.10;
        };
        return source + form + product + (intent.requestedCall() ? 0.45 : 0) + (intent.demoAttended() ? 0.85 : 0);
    }

    /** Recency enters as the log of days, so each extra quiet day matters less than the one before. */
    private static double engagement(Engagement e) {
        return 0.25 * StrictMath.log1p(e.webVisits()) + 0.15 * StrictMath.log1p(e.downloads()) + 0.35 * StrictMath.log1p(e.emailClicks())
                - 0.45 * StrictMath.log1p(e.daysSinceLastActivity());
    }

    private static double survey(Survey survey) {
        if (survey == null) {
            return NO_SURVEY;
        }
        Psychographics psy = survey.psychographics();
        Qualification q = survey.qualification();
        double sum = likert(0.18, psy.innovationAppetite()) + likert(0.08, psy.riskTolerance())
                + likert(-0.22, psy.priceSensitivity()) + likert(0.30, q.needScore());
        if (psy.decisionStyle() != null) {
            sum += switch (psy.decisionStyle()) {
                case DIRECTIVE -> 0.15;
                case ANALYTICAL -> 0.0;
                case INTUITIVE -> -0.05;
                case CONSENSUS -> -0.15;
            };
        }
        if (q.budgetConfirmed() != null) {
            sum += q.budgetConfirmed() ? 0.55 : 0.0;
        } else {
            sum += 0.20;
        }
        if (q.authorityLevel() != null) {
            sum += switch (q.authorityLevel()) {
                case DECISION_MAKER -> 0.45;
                case INFLUENCER -> 0.10;
                case UNKNOWN -> -0.15;
                case USER -> -0.20;
            };
        }
        if (q.timeframe() != null) {
            sum += switch (q.timeframe()) {
                case UNDER_3_MONTHS -> 0.50;
                case MONTHS_3_TO_6 -> 0.20;
                case MONTHS_6_TO_12 -> -0.10;
                case OVER_12_MONTHS -> -0.50;
            };
        }
        return sum;
    }

    /** A Likert answer counts from the scale's middle; a skipped one counts as the middle. */
    private static double likert(double weight, Integer answer) {
        return answer == null ? 0.0 : weight * (answer - 3);
    }

    /** What no column shows: kept small so that observable data can explain nearly everything. */
    private static double hidden(Persona persona) {
        return switch (persona) {
            case INNOVATOR -> 0.10;
            case PRAGMATIST -> 0.05;
            case CONSERVATIVE -> 0.0;
            case PRICE_HUNTER -> -0.05;
            case TIRE_KICKER -> -0.10;
        };
    }
}
