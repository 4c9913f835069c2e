package dev.propensity.persona;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** personas.html shows the survey-value table with the true AUC beside it when the data has a ground truth. */
class PersonaPageTest {
    @Test
    void theTrueAucStandsBesideTheSurveyValueTableAsItsCeiling() {
        ObjectNode book = new ObjectMapper().createObjectNode().put("published", true);
        ObjectNode value = book.putObject("survey_value").put("rows_compared", 1000);
        value.putArray("rows").addObject().put("model", "+ survey").put("auc", 0.81).put("low", 0.78).put("high", 0.84);
        value.putObject("true_auc").put("auc", 0.8412).put("low", 0.815).put("high", 0.867).put("rows", 1000)
                .put("note", "ROC AUC of the generator's true probabilities on the same held-out leads: the ceiling");
        String page = PersonaPage.render(book);
        assertTrue(page.contains("<tr><td>+ survey</td><td>0.8100</td><td>0.7800-0.8400</td></tr>"), page);
        assertTrue(page.contains("<th>true probabilities (the ceiling)</th><th>0.8412</th><th>0.8150-0.8670</th>"), page);
        assertTrue(page.contains("(1000 leads with a true probability)"), page);
    }
}
