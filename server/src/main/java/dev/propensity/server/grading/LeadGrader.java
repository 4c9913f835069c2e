package dev.propensity.server.grading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.propensity.features.LeadValues;
import dev.propensity.grade.ActivityEvent;
import dev.propensity.grade.GradeScorer;
import dev.propensity.grade.IntentEstimate;
import dev.propensity.grade.LeadGrading;
import dev.propensity.grade.SubScore;
import dev.propensity.grade.Thresholds;
import dev.propensity.model.Contribution;
import dev.propensity.model.Explanation;
import dev.propensity.server.api.DecidedBy;
import dev.propensity.server.api.Quadrant;
import dev.propensity.server.api.Reason;
import dev.propensity.server.api.SubScoreView;
import dev.propensity.server.api.SubScores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Grades one scored lead: the version's sub-scores, the grade from the thresholds (the version's, or the
 * configuration's), then the override rules, first match wins. Rules see the lead's fields as sent and
 * {@code score}, {@code probability}, {@code fit_score}, {@code engagement_score}, {@code intent_score},
 * {@code intent_count} and {@code grade} (the threshold grade); {@code scores.fit.score} and the like are
 * accepted too.
 */
public final class LeadGrader {
    /** Reasons listed per sub-score. */
    public static final int REASONS = 3;

    /** Intent views kept, one per combination of intent values seen; more combinations are answered anew. */
    static final int INTENT_VIEWS_KEPT = 10_000;

    private final GradeScorer scorer;
    private final RuleSet rules;
    private final Map<List<String>, SubScoreView> intentViews = new ConcurrentHashMap<>();

    public LeadGrader(GradeScorer scorer, RuleSet rules) {
        this.scorer = scorer;
        this.rules = rules;
    }

    public Thresholds thresholds() {
        return scorer.model().thresholds();
    }

    public GradeScorer scorer() {
        return scorer;
    }

    /** Grades a lead sent as JSON; rules see the body's fields as sent. */
    public Graded grade(Explanation explanation, LeadValues lead, ObjectNode body, List<ActivityEvent> events,
                        Instant asOf, Sentences sentences) {
        return grade(explanation, lead, field -> raw(body.get(field)), events, asOf, sentences);
    }

    /** @param fields the lead's fields as sent, for the rules (a file row's columns, a JSON body's fields) */
    public Graded grade(Explanation explanation, LeadValues lead, Facts fields, List<ActivityEvent> events,
                        Instant asOf, Sentences sentences) {
        LeadGrading computed = scorer.grade(explanation, lead, events, asOf);
        SubScores scores = new SubScores(view(computed.fit(), sentences, null),
                view(computed.engagement(), computed.engagementBasis().equals(GradeScorer.EVENTS) ? eventSentences() : sentences,
                        computed.engagementBasis()),
                intentView(computed.intent()), Quadrant.of(computed.grade()));
        int score = (int) Math.round(explanation.probability() * 100);
        Facts facts = field -> switch (field) {
            case "score" -> (double) score;
            case "probability" -> explanation.probability();
            case "fit_score", "scores.fit.score" -> (double) computed.fit().score();
            case "engagement_score", "scores.engagement.score" -> (double) computed.engagement().score();
            case "intent_score", "scores.intent.score" -> (double) Math.round(computed.intent().probability() * 100);
            case "fit_probability", "scores.fit.probability" -> computed.fit().probability();
            case "engagement_probability", "scores.engagement.probability" -> computed.engagement().probability();
            case "intent_probability", "scores.intent.probability" -> computed.intent().probability();
            case "intent_count" -> (double) computed.intent().n();
            case "grade" -> computed.grade().name();
            default -> fields.get(field);
        };
        var rule = rules.firstMatch(facts);
        if (rule.isPresent()) {
            Rule r = rule.get();
            return new Graded(scores, r.grade(), r.route(),
                    new DecidedBy("rule", rules.source() + " line " + r.line() + ": " + r.text(), r.reason()), computed);
        }
        Thresholds t = thresholds();
        double fit = computed.fit().probability();
        double engagement = computed.engagement().probability();
        // One builder, not String.format or four number-to-text conversions: this runs on every answer.
        StringBuilder text = new StringBuilder(80).append(fit >= t.fit() ? "fit high (" : "fit low (");
        ThreeDecimals.append(text, fit).append(fit >= t.fit() ? " >= " : " < ");
        ThreeDecimals.append(text, t.fit()).append(engagement >= t.engagement() ? "), engagement high (" : "), engagement low (");
        ThreeDecimals.append(text, engagement).append(engagement >= t.engagement() ? " >= " : " < ");
        String reason = ThreeDecimals.append(text, t.engagement()).append(')').toString();
        return new Graded(scores, computed.grade(), Route.defaultFor(computed.grade()),
                new DecidedBy("threshold", null, reason), computed);
    }

    static Object raw(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isValueNode() ? node.asText() : null;
    }

    private static SubScoreView view(SubScore s, Sentences sentences, String basis) {
        List<Reason> reasons = new ArrayList<>(REASONS);
        for (Contribution c : s.strongest(REASONS)) {
            reasons.add(new Reason(c.field(), c.value(), c.logOdds(), sentences.sentence(c.field(), c.value(), c.logOdds())));
        }
        return new SubScoreView(s.probability(), s.score(), reasons, s.baselineLogOdds(), basis, null, null);
    }

    private static Sentences eventSentences() {
        return (type, level, contribution) -> type + " activity (" + level + " after decay) "
                + (contribution >= 0 ? "raises" : "lowers") + " engagement";
    }

    /**
     * The intent view of an estimate, made once per combination of intent values: it depends on nothing else, and
     * its sentence and names would otherwise be built again for every lead of a common form and source.
     */
    private SubScoreView intentView(IntentEstimate e) {
        SubScoreView view = intentViews.get(e.values());
        if (view == null) {
            view = intent(e);
            if (intentViews.size() < INTENT_VIEWS_KEPT) {
                intentViews.putIfAbsent(e.values(), view);
            }
        }
        return view;
    }

    static SubScoreView intent(IntentEstimate e) {
        double base = logit(e.priorMean());
        double z = logit(e.probability());
        String field = String.join("+", e.fields());
        String value = String.join(" / ", e.values());
        String sentence = value + ": " + e.wins() + " of " + e.n() + " past leads won; smoothed with the "
                + round1(100 * e.priorMean()) + " % average to " + round1(100 * e.probability()) + " %";
        return new SubScoreView(e.probability(), (int) Math.round(e.probability() * 100),
                List.of(new Reason(field, value, z - base, sentence)), base, null, e.n(), e.wins());
    }

    private static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }

    private static double logit(double p) {
        double q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
        return Math.log(q / (1 - q));
    }
}
