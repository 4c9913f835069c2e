package dev.propensity.server.bench;

import dev.propensity.data.LeadTable;
import dev.propensity.data.LeadTableLoader;
import dev.propensity.registry.ModelRegistry;
import dev.propensity.schema.SchemaReader;
import dev.propensity.server.config.KeySpec;
import dev.propensity.server.config.Limits;
import dev.propensity.server.config.Scope;
import dev.propensity.server.config.ServerConfig;
import dev.propensity.server.http.PropensityServer;
import dev.propensity.server.testing.Browser;
import dev.propensity.train.TrainingOptions;
import dev.propensity.train.TrainingRun;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How long the dashboard takes to load in headless Chromium, served by a real server whose champion is trained on
 * the bundled sample ({@code datasets/synthetic.schema.json}), with recent traffic and outcomes in its store so the
 * live report has something to say. Measured by the browser itself (Navigation Timing, and the page's own
 * {@code performance.mark} when the champion screen has drawn its data); also writes a screenshot of each screen
 * at laptop and phone width. Run by {@code benchmarks/dashboard-load.sh}.
 *
 * <p>Arguments: leads JSON array, outcomes JSON array, output folder, loads to time.
 */
public final class DashboardLoadBenchmark {
    private static final String KEY = "bench-admin-key-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DashboardLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path leads = Path.of(args[0]);
        Path outcomes = Path.of(args[1]);
        Path out = Files.createDirectories(Path.of(args[2]));
        int loads = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Path work = Files.createTempDirectory("propensity-dashboard-bench");
        ModelRegistry registry = ModelRegistry.at(work.resolve("models"));
        TrainingRun training = new TrainingRun(registry, TrainingOptions.DEFAULT, t -> Map.of());
        LeadTable sample =
                new LeadTableLoader(SchemaReader.read(Path.of("datasets", "synthetic.schema.json"))).load();
        training.run(sample, true, "bench", "dashboard benchmark");
        // A second, unpromoted version, so the versions screen has something to promote.
        training.run(sample, false, "bench", "challenger");
        ServerConfig config = new ServerConfig("127.0.0.1", 0, work.resolve("models"),
                "jdbc:sqlite:" + work.resolve("feedback.db"), List.of(new KeySpec("ops", KEY, EnumSet.allOf(Scope.class))),
                new Limits(1000, 4 << 20), Duration.ofSeconds(2));
        try (PropensityServer server = PropensityServer.start(config); Browser browser = Browser.start()) {
            String base = "http://127.0.0.1:" + server.port();
            post(base + "/v1/score/batch", Files.readString(leads));
            post(base + "/v1/outcomes", Files.readString(outcomes));

            browser.open(base + "/");
            browser.visible("#key-input").sendKeys(KEY + "\n");
            browser.ready("champion");
            double coldLive = ((Number) timing(browser).get("live")).doubleValue();
            // The first page view above included typing the key; time a fresh view with nothing cached instead.
            browser.driver().executeCdpCommand("Network.clearBrowserCache", Map.of());
            browser.open("about:blank");
            browser.open(base + "/#champion");
            browser.ready("champion");
            Map<String, Double> first = timing(browser);
            List<Map<String, Double>> runs = new ArrayList<>();
            for (int i = 0; i < loads; i++) {
                browser.open("about:blank");
                browser.open(base + "/#champion");
                browser.ready("champion");
                runs.add(timing(browser));
            }
            report(first, runs);
            System.out.printf(Locale.ROOT, "%nThe server's first GET /reports/live after its start (it replays the "
                    + "champion's training file once, then keeps the sample) took %.0f ms, at sign-in, before the timed views.%n",
                    coldLive);
            screenshots(browser, base, out);
        }
    }

    private static void post(String url, String json) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            String body = answer.body();
            throw new IllegalStateException(url + " answered " + answer.statusCode() + ": "
                    + body.substring(0, Math.min(300, body.length())));
        }
    }

    /** Milliseconds from the start of navigation: HTML parsed, every script and style loaded, champion drawn. */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> timing(Browser browser) {
        return (Map<String, Double>) browser.js("""
                const n = performance.getEntriesByType('navigation')[0];
                const mark = name => performance.getEntriesByName(name)[0].startTime;
                const took = part => performance.getEntriesByType('resource').filter(r => r.name.includes(part))
                  .reduce((sum, r) => sum + r.duration, 0);
                return { dom: n.domContentLoadedEventEnd, load: n.loadEventEnd, figures: mark('champion-figures'),
                         ready: mark('ready:champion'), chartjs: took('chart.umd'), champion: took('/v1/models/champion'),
                         live: took('/reports/live'), key: took('/v1/key') };""");
    }

    private static void report(Map<String, Double> first, List<Map<String, Double>> runs) {
        System.out.println("| measure (ms from navigation start) | first load (empty cache) | median of " + runs.size()
                + " reloads | slowest reload |");
        System.out.println("| --- | --- | --- | --- |");
        row("HTML parsed (DOMContentLoaded)", "dom", first, runs);
        row("page and scripts loaded (load event)", "load", first, runs);
        row("champion's figures shown", "figures", first, runs);
        row("champion screen complete, live alerts included", "ready", first, runs);
        row("of which: GET /v1/key (the stored key checked)", "key", first, runs);
        row("of which: Chart.js from the webjar (208 kB)", "chartjs", first, runs);
        row("of which: GET /v1/models/champion", "champion", first, runs);
        row("of which: GET /reports/live (30 days, 1,000 scored leads)", "live", first, runs);
    }

    private static void row(String label, String key, Map<String, Double> first, List<Map<String, Double>> runs) {
        List<Double> values = new ArrayList<>();
        runs.forEach(r -> values.add(((Number) r.get(key)).doubleValue()));
        Collections.sort(values);
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", label, ((Number) first.get(key)).doubleValue(),
                values.get(values.size() / 2), values.get(values.size() - 1));
    }

    private static void screenshots(Browser browser, String base, Path out) {
        for (Browser.Viewport viewport : List.of(Browser.LAPTOP, Browser.PHONE)) {
            browser.resize(viewport);
            String width = viewport.mobile() ? "phone" : "laptop";
            for (String screen : List.of("champion", "versions", "score", "model-report", "live-report")) {
                browser.open("about:blank");
                browser.open(base + "/#" + screen);
                browser.ready(screen);
                if (screen.equals("score")) {
                    browser.js("""
                            const lead = { industry: 'software', employees: 450, country: 'germany',
                              contact_title: 'vp of marketing', lead_source: 'referral', registration_form: 'demo request',
                              requested_call: true, web_visits: 14, days_since_last_activity: 2, budget_confirmed: true,
                              timeframe: '<3 months' };
                            for (const [field, value] of Object.entries(lead)) {
                              const c = document.querySelector('#score-fields [data-field="' + field + '"]');
                              if (!c) { continue; }
                              if (c.type === 'checkbox') { c.checked = value; } else { c.value = String(value); }
                            }
                            document.querySelector('#score-form button[type=submit]').click();""");
                    browser.visible("#score-probability");
                }
                browser.screenshot(out.resolve(width + "-" + screen + ".png"));
            }
        }
        browser.console().stream().filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .forEach(e -> System.err.println("console: " + e.getLevel() + " " + e.getMessage()));
    }
}
