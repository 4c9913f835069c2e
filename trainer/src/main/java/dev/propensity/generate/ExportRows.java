package dev.propensity.generate;

import java.util.Arrays;
import java.util.List;

/**
 * Turns a generated lead into the rows of the exported tables, values in column order. The column lists here
 * must match the Avro schemas; {@link DatasetFiles} checks that when it opens the files.
 */
final class ExportRows {
    static final List<String> OPPORTUNITY_COLUMNS = List.of("lead_id", "account_id", "created_date", "closed_date",
            "outcome", "amount", "industry", "employees", "annual_revenue", "country", "contact_title", "lead_source",
            "registration_form", "requested_call", "web_visits", "downloads", "email_clicks", "demo_attended",
            "days_since_last_activity", "owner", "product", "stage_at_export", "days_to_close");
    static final List<String> SURVEY_COLUMNS = List.of("lead_id", "innovation_appetite", "risk_tolerance",
            "price_sensitivity", "decision_style", "budget_confirmed", "authority_level", "need_score", "timeframe",
            "values_references", "needs_roi_proof", "compares_vendors", "early_adopter", "reads_research",
            "ready_to_commit");
    static final List<String> AFFINITY_COLUMNS = List.of("kind", "name", "persona", "affinity", "best");
    static final List<String> GROUND_TRUTH_COLUMNS = List.of("lead_id", "persona", "true_probability");

    private ExportRows() {
    }

    static List<Object> opportunity(Lead lead, Closing closing) {
        FitRecord fit = lead.fit();
        Intent intent = lead.intent();
        Engagement engagement = lead.engagement();
        return Arrays.asList(
                lead.id(), lead.account().id(), lead.created(), lead.created().plusDays(closing.daysToClose()),
                closing.won() ? "won" : "lost", closing.amount(),
                fit.industry(), fit.employees(), fit.annualRevenue(), fit.country(),
                fit.title() == null ? null : fit.title().text(),
                intent.source().text(), intent.form() == null ? null : intent.form().text(), intent.requestedCall(),
                engagement.webVisits(), engagement.downloads(), engagement.emailClicks(), intent.demoAttended(),
                engagement.daysSinceLastActivity(), closing.owner(), intent.product().text(),
                closing.stage(), closing.daysToClose());
    }

    /** The lead's survey row; call only when {@code lead.survey()} is present. */
    static List<Object> survey(Lead lead) {
        Psychographics psy = lead.survey().psychographics();
        Qualification q = lead.survey().qualification();
        List<Object> row = new java.util.ArrayList<>(Arrays.asList(lead.id(), psy.innovationAppetite(),
                psy.riskTolerance(), psy.priceSensitivity(),
                psy.decisionStyle() == null ? null : psy.decisionStyle().text(), q.budgetConfirmed(),
                q.authorityLevel() == null ? null : q.authorityLevel().text(), q.needScore(),
                q.timeframe() == null ? null : q.timeframe().text()));
        row.addAll(lead.attitudes().answers());
        return row;
    }

    static List<Object> groundTruth(Lead lead, double probability) {
        // Six decimals are plenty for evaluation and keep the file small; the clamp keeps 0 and 1 out after rounding.
        double clamped = Math.min(0.999999, Math.max(0.000001, probability));
        return List.of(lead.id(), lead.persona().label(), Formats.sixDecimals(clamped));
    }
}
