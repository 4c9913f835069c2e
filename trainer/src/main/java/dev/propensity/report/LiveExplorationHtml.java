package dev.propensity.report;

import java.util.ArrayList;
import java.util.List;

/** The live page's section on explored rep assignments (issue 9), from the report's {@link LiveExploration}. */
final class LiveExplorationHtml {
    private LiveExplorationHtml() {
    }

    static void append(LiveExploration e, StringBuilder body) {
        body.append("<h2>Explored rep assignments</h2>\n<p class=\"note\">Leads in the exploration share get their rep"
                + " list drawn at random among qualified reps, so their outcomes measure reps without the bias of how"
                + " reps are usually assigned. Win rates are smoothed towards the explored leads' overall rate (a prior"
                + " worth two leads).</p>\n<section class=\"cards\">\n")
                .append(Html.card("Explored leads", "/exploration/explored", e.explored(), Long.toString(e.explored()),
                        "in the window"))
                .append(Html.card("Outcomes back", "/exploration/outcomes", e.outcomes(), Long.toString(e.outcomes()),
                        e.wins() + " wins"))
                .append("</section>\n<p>").append(Html.escape(e.sentence())).append("</p>\n");
        if (e.reps().isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        for (LiveExploration.Rep r : e.reps()) {
            rows.add(List.of(r.rep(), Long.toString(r.leads()), Long.toString(r.outcomes()), Long.toString(r.wins()),
                    Labels.percent(r.smoothedWinRate()), r.thin() ? "too little to tell" : ""));
            classes.add("");
        }
        body.append(Html.table(List.of("Rep drawn first", "Explored leads", "Outcomes", "Wins", "Win rate (smoothed)",
                "Evidence"), rows, classes));
    }
}
