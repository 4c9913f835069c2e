package dev.propensity.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The shell of a self-contained report page: styles, Chart.js inlined from its webjar so the file opens
 * offline, the report's JSON embedded as {@code <script type="application/json" id="report-data">}, and the
 * page script that draws the charts from that JSON.
 */
final class ReportPage {
    private static final String WEBJAR = "META-INF/resources/webjars/chart.js/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private ReportPage() {
    }

    /**
     * @param title      the page title
     * @param body       the page's HTML inside {@code <main>}
     * @param json       the report as JSON, exactly as in the JSON file
     * @param pageScript the resource (next to this class) that draws this page's charts
     */
    static String render(String title, String body, String json, String pageScript) {
        return render(title, body, json, pageScript, true);
    }

    /**
     * As {@link #render(String, String, String, String)}; without {@code charts} the page carries neither Chart.js
     * nor the shared chart helpers, for pages that draw none.
     */
    static String render(String title, String body, String json, String pageScript, boolean charts) {
        String scripts = charts ? "<script>\n" + chartJs() + "\n</script>\n<script>\n" + resource("charts-common.js")
                + resource(pageScript) + "</script>\n" : "<script>\n" + resource(pageScript) + "</script>\n";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + resource("report.css") + "</style>\n</head>\n"
                + "<body>\n<main>\n" + body + "</main>\n"
                + "<script type=\"application/json\" id=\"report-data\">" + embeddable(json) + "</script>\n"
                + scripts + "</body>\n</html>\n";
    }

    /**
     * JSON is safe inside a script element once no {@code </} can close it early; {@code <\/} is the same
     * string to a JSON parser.
     */
    static String embeddable(String json) {
        return json.replace("</", "<\\/").replace("<!--", "<\\u0021--");
    }

    private static String chartJs() {
        Properties pom = new Properties();
        try (InputStream in = stream(WEBJAR_POM)) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + WEBJAR_POM, e);
        }
        return read(WEBJAR + pom.getProperty("version") + "/dist/chart.umd.min.js");
    }

    private static String resource(String name) {
        return read("dev/propensity/report/" + name);
    }

    private static String read(String path) {
        try (InputStream in = stream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " from the classpath", e);
        }
    }

    private static InputStream stream(String path) {
        InputStream in = ReportPage.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is missing from the classpath; is the chart.js webjar a dependency?");
        }
        return in;
    }
}
