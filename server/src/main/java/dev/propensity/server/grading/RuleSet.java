package dev.propensity.server.grading;

import java.util.List;
import java.util.Optional;

/**
 * The override rules in file order; the first rule whose conditions all hold decides.
 *
 * @param source where the rules came from, for the answer ("rules.txt line 3")
 * @param rules  in order
 */
public record RuleSet(String source, List<Rule> rules) {
    public static final RuleSet NONE = new RuleSet("(no rules)", List.of());

    public RuleSet {
        rules = List.copyOf(rules);
    }

    public Optional<Rule> firstMatch(Facts facts) {
        for (Rule rule : rules) {
            if (rule.matches(facts)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
