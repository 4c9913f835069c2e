package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.propensity.server.testing.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboard in a real browser (Debian's headless Chromium), used as a person would: sign in with a key, score
 * a lead through the form, promote and roll back a version, see a refused promotion's reason, read both reports, at
 * a laptop's and a phone's width, with screenshots in {@code target/dashboard-screenshots}. Any console error fails
 * the test, except the browser's own line for the two requests the test makes fail on purpose.
 */
class DashboardBrowserTest {
    private static final Path SHOTS = Path.of("target", "dashboard-screenshots");
    private static final String WRONG_KEY = "not-a-key-0123456789";
    private static final String LEAD = "{\"industry\": \"software\", \"employees\": 5000, \"requested_call\": true}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void aPersonSignsInScoresALeadMovesTheChampionAndReadsTheReportsOnALaptopAndAPhone() throws Exception {
        try (TestServer server = TestServer.startWithChampion(folder); Browser browser = Browser.start()) {
            String base = "http://127.0.0.1:" + server.server().port();
            browser.open(base + "/");
            signInByKeyboard(browser);
            browser.screenshot(SHOTS.resolve("laptop-champion.png"));

            scoreThroughTheForm(browser, server);
            browser.screenshot(SHOTS.resolve("laptop-score.png"));

            moveTheChampion(browser, server, folder.resolve("models"));
            browser.screenshot(SHOTS.resolve("laptop-versions.png"));

            readTheReports(browser, "laptop");

            // The key was asked for once: a reload in the same tab, now phone-sized, goes straight to the data.
            browser.resize(Browser.PHONE);
            browser.open(base + "/#champion");
            browser.driver().navigate().refresh();
            browser.ready("champion");
            assertFalse(browser.find("#key-input").isDisplayed(), "no second request for the key");
            for (String screen : List.of("champion", "versions", "score", "model-report", "live-report")) {
                browser.open(base + "/#" + screen);
                browser.ready(screen);
                if (screen.equals("score")) {
                    browser.find("#score-form button[type=submit]").click();
                    browser.visible("#score-probability");
                }
                assertFitsTheWidth(browser, screen);
                browser.screenshot(SHOTS.resolve("phone-" + screen + ".png"));
            }

            assertFalse(browser.driver().getCurrentUrl().contains(TestServer.ADMIN_KEY));
            assertEquals(0L, browser.js("return localStorage.length"));
            browser.find("#sign-out").click();
            browser.visible("#key-input");
            assertEquals(null, browser.js("return sessionStorage.getItem('propensity.key')"));
            aScoreKeySeesVersionsButCannotMoveTheChampion(browser);

            assertNoConsoleErrors(browser.console(), base);
        }
    }

    private static void signInByKeyboard(Browser browser) {
        browser.visible("#key-input");
        assertEquals("key-input", browser.js("return document.activeElement.id"), "the key field has the focus");
        browser.driver().switchTo().activeElement().sendKeys(WRONG_KEY, Keys.ENTER);
        assertTrue(browser.text("#key-error", t -> !t.isEmpty()).contains("not valid"));
        assertEquals(null, browser.js("return sessionStorage.getItem('propensity.key')"), "a refused key is not kept");

        WebElement field = browser.driver().switchTo().activeElement();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), TestServer.ADMIN_KEY, Keys.ENTER);
        browser.ready("champion");
        assertEquals("champion-title", browser.js("return document.activeElement.id"), "focus moves to the screen");
        assertTrue(browser.text("#champion-version", t -> !t.isEmpty()).startsWith("v1 is the champion"));
        assertEquals(TestServer.ADMIN_KEY, browser.js("return sessionStorage.getItem('propensity.key')"));
        assertTrue(browser.text("#who", t -> !t.isEmpty()).contains("admin"));
    }

    private static void scoreThroughTheForm(Browser browser, TestServer server) throws Exception {
        browser.find("a[href='#score']").click();
        browser.ready("score");
        for (WebElement control : browser.findAll("#score-fields input, #score-fields select")) {
            assertTrue((Long) browser.js("return arguments[0].labels.length", control) > 0,
                    control.getAttribute("id") + " has a label");
        }
        Select industry = new Select(control(browser, "industry"));
        assertTrue(industry.getOptions().stream().anyMatch(o -> o.getText().equals("software")),
                "the select offers the categories the champion learnt");
        industry.selectByVisibleText("software");
        WebElement employees = control(browser, "employees");
        assertEquals("number", employees.getAttribute("type"));
        employees.sendKeys("5000");
        WebElement call = control(browser, "requested_call");
        assertEquals("checkbox", call.getAttribute("type"));
        call.click();
        browser.find("#score-form button[type=submit]").click();

        JsonNode expected = JSON.readTree(server.post("/v1/score", TestServer.SCORE_KEY, LEAD).body());
        String probability = String.format(Locale.ROOT, "%.1f %%", 100 * expected.get("probability").asDouble());
        assertTrue(browser.text("#score-probability", t -> !t.isEmpty()).startsWith(probability),
                "the page shows the probability the API gives for the same lead: " + probability);
        String reasons = browser.find("#score-reasons").getText();
        assertEquals(expected.get("reasons").size(), browser.findAll("#score-reasons li").size());
        for (JsonNode reason : expected.get("reasons")) {
            assertTrue(reasons.contains(reason.get("sentence").asText()), "shows: " + reason.get("sentence"));
        }
        assertEquals((long) expected.get("contributions").size(),
                browser.js("return Chart.getChart('contribution-chart').data.labels.length"),
                "the chart has a bar for every field's contribution");
        assertTrue(browser.find("#score-warnings").getText().contains("noise: missing"));
    }

    private static WebElement control(Browser browser, String field) {
        return browser.find("#score-fields [data-field='" + field + "']");
    }

    private static void moveTheChampion(Browser browser, TestServer server, Path models) throws Exception {
        browser.find("a[href='#versions']").click();
        browser.ready("versions");
        browser.find("#change-why").sendKeys("browser test");
        browser.find("tr[data-version='2'] button[data-promote]").click();
        assertTrue(browser.text("#change-result", t -> !t.isEmpty()).contains("v2 is now the champion (was v1)"));
        assertTrue(browser.text("tr[data-version='2']", t -> t.contains("champion")).contains("serving"));
        browser.find("a[href='#champion']").click();
        browser.ready("champion");
        assertTrue(browser.text("#champion-version", t -> !t.isEmpty()).startsWith("v2 is the champion"));

        browser.find("a[href='#versions']").click();
        browser.ready("versions");
        browser.find("#rollback").click();
        assertTrue(browser.text("#change-result", t -> t.contains("Rolled back")).contains("v1 is now the champion"));
        browser.find("a[href='#champion']").click();
        browser.ready("champion");
        assertTrue(browser.text("#champion-version", t -> !t.isEmpty()).startsWith("v1 is the champion"));

        // A version that fails the server's check: the page says why, and the champion stays.
        Files.writeString(models.resolve("v2").resolve("scorer.json"), "[]");
        browser.find("a[href='#versions']").click();
        browser.ready("versions");
        browser.find("tr[data-version='2'] button[data-promote]").click();
        String refused = browser.text("#change-result", t -> t.contains("Refused"));
        assertTrue(refused.contains("422 model_refused"), refused);
        assertEquals(1, JSON.readTree(server.get("/v1/models/champion", TestServer.SCORE_KEY).body()).get("version").asInt());
        assertTrue(browser.find("tr[data-version='1']").getText().contains("champion"));
    }

    private static void readTheReports(Browser browser, String width) {
        browser.find("a[href='#model-report']").click();
        browser.ready("model-report");
        assertTrue(browser.text("#report-verdict", t -> !t.isEmpty()).contains("AUC"));
        for (String chart : List.of("roc-chart", "reliability-chart", "lift-chart", "weights-chart")) {
            assertNotNull(browser.js("return Chart.getChart(arguments[0]) ? 1 : null", chart), chart + " is drawn");
        }
        browser.screenshot(SHOTS.resolve(width + "-model-report.png"));
        browser.find("a[href='#live-report']").click();
        browser.ready("live-report");
        assertFalse(browser.findAll("#live-alerts li").isEmpty(), "the live report's alerts are listed");
        for (String chart : List.of("weekly-chart", "score-chart", "psi-chart")) {
            assertNotNull(browser.js("return Chart.getChart(arguments[0]) ? 1 : null", chart), chart + " is drawn");
        }
        browser.screenshot(SHOTS.resolve(width + "-live-report.png"));
    }

    private static void aScoreKeySeesVersionsButCannotMoveTheChampion(Browser browser) {
        browser.driver().switchTo().activeElement().sendKeys(TestServer.SCORE_KEY, Keys.ENTER);
        browser.visible("a[href='#versions']").click();
        browser.ready("versions");
        assertEquals(2, browser.findAll("#versions-table tbody tr").size());
        assertTrue(browser.findAll("button[data-promote]").isEmpty(), "no promote button for a score key");
        assertFalse(browser.find("#rollback").isDisplayed(), "no rollback for a score key");
        assertTrue(browser.find("#versions-note").getText().contains("need an admin key"));
    }

    private static void assertFitsTheWidth(Browser browser, String screen) {
        Long overflow = (Long) browser.js("return document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(overflow <= 0, screen + " is " + overflow + " px wider than the phone");
    }

    /** Fails on any error or warning, except the browser's note on the 401 and 422 this test provokes. */
    private static void assertNoConsoleErrors(List<LogEntry> entries, String base) {
        List<String> expected = new ArrayList<>(List.of(
                base + "/v1/key - Failed to load resource: the server responded with a status of 401",
                base + "/v1/models/2/promote - Failed to load resource: the server responded with a status of 422"));
        List<String> unexpected = new ArrayList<>();
        for (LogEntry entry : entries) {
            if (entry.getLevel().intValue() < Level.WARNING.intValue()) {
                continue;
            }
            String message = entry.getMessage();
            if (!expected.removeIf(message::startsWith)) {
                unexpected.add(entry.getLevel() + " " + message);
            }
        }
        assertEquals(List.of(), unexpected, "console errors");
        assertEquals(List.of(), expected, "the provoked failures were reported by the browser as expected");
    }
}
