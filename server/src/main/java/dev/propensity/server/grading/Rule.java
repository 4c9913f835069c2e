package dev.propensity.server.grading;

import dev.propensity.grade.Grade;
import java.util.List;

/**
 * One line of a rules file: when every condition holds, the lead gets this grade, route and reason.
 *
 * @param line       the line number in the file, for the answer and for messages
 * @param text       the line as written (the answer names the rule by it)
 * @param conditions all must hold
 * @param grade      the grade forced
 * @param route      the route forced
 * @param reason     why, in words a rep reads
 */
public record Rule(int line, String text, List<Condition> conditions, Grade grade, Route route, String reason) {
    public Rule {
        conditions = List.copyOf(conditions);
    }

    public boolean matches(Facts facts) {
        for (Condition c : conditions) {
            if (!c.matches(facts)) {
                return false;
            }
        }
        return true;
    }
}
