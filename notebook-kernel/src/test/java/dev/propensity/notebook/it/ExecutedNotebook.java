package dev.propensity.notebook.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A notebook as nbconvert wrote it after running it: what each code cell showed. */
record ExecutedNotebook(JsonNode json) {
    static ExecutedNotebook read(Path file) throws IOException {
        return new ExecutedNotebook(new ObjectMapper().readTree(file.toFile()));
    }

    List<JsonNode> codeCells() {
        List<JsonNode> cells = new ArrayList<>();
        json.path("cells").forEach(cell -> {
            if (cell.path("cell_type").asText().equals("code")) {
                cells.add(cell);
            }
        });
        return cells;
    }

    /** Everything code cell {@code index} (0-based among code cells) showed as text: results, prints, Markdown. */
    String text(int index) {
        StringBuilder text = new StringBuilder();
        for (JsonNode output : codeCells().get(index).path("outputs")) {
            text.append(joined(output.path("text")));
            text.append(joined(output.path("data").path("text/plain")));
            text.append(joined(output.path("data").path("text/markdown")));
            text.append('\n');
        }
        return text.toString();
    }

    /** How many PNG pictures code cell {@code index} showed. */
    int pictures(int index) {
        int count = 0;
        for (JsonNode output : codeCells().get(index).path("outputs")) {
            if (output.path("data").has("image/png")) {
                count++;
            }
        }
        return count;
    }

    /** How many PNG pictures the whole notebook showed. */
    int pictures() {
        int count = 0;
        for (int i = 0; i < codeCells().size(); i++) {
            count += pictures(i);
        }
        return count;
    }

    /** HTML outputs of code cell {@code index}, joined. */
    String html(int index) {
        StringBuilder html = new StringBuilder();
        for (JsonNode output : codeCells().get(index).path("outputs")) {
            html.append(joined(output.path("data").path("text/html")));
        }
        return html.toString();
    }

    private static String joined(JsonNode text) {
        if (text.isArray()) {
            StringBuilder joined = new StringBuilder();
            text.forEach(line -> joined.append(line.asText()));
            return joined.toString();
        }
        return text.isMissingNode() ? "" : text.asText();
    }
}
