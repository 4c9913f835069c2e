package dev.propensity.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** {@code history.jsonl}: one JSON line per promotion, rollback or refusal, appended and forced to disk. */
final class HistoryLog {
    static final String FILE = "history.jsonl";

    private final Path file;

    HistoryLog(Path root) {
        this.file = root.resolve(FILE);
    }

    /** Every recorded entry, oldest first. */
    List<HistoryEntry> read() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new RegistryException(RegistryException.Kind.IO_FAILURE,
                    "cannot read the history " + file + ": " + e.getMessage(), e);
        }
        // A last line without its newline is an append still under way or cut short by a crash: not yet history.
        int end = text.lastIndexOf('\n') + 1;
        List<HistoryEntry> entries = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.substring(0, end).split("\n")) {
            lineNumber++;
            if (!line.isBlank()) {
                entries.add(parse(line, lineNumber));
            }
        }
        return entries;
    }

    /** Appends an entry; the caller holds the registry lock. */
    void append(HistoryEntry entry) throws IOException {
        dropTornTail();
        String line = Manifests.MAPPER.writeValueAsString(toJson(entry)) + "\n";
        DurableFiles.append(file, line.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Cuts off a last line that a crashed append left without its newline, so the next entry does not
     * run into it and make both unreadable.
     */
    private void dropTornTail() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long keep = size;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (keep > 0) {
                one.clear();
                channel.read(one, keep - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < size) {
                channel.truncate(keep);
                channel.force(true);
            }
        }
    }

    private static ObjectNode toJson(HistoryEntry entry) {
        ObjectNode json = Manifests.MAPPER.createObjectNode();
        json.put("at", entry.at().toString());
        json.put("who", entry.who());
        json.put("action", entry.action().word());
        if (entry.from().isPresent()) {
            json.put("from", entry.from().getAsInt());
        } else {
            json.putNull("from");
        }
        json.put("to", entry.to());
        json.put("why", entry.why());
        json.set("metrics", entry.metrics());
        return json;
    }

    private HistoryEntry parse(String line, int lineNumber) {
        try {
            JsonNode json = Manifests.MAPPER.readTree(line);
            JsonNode from = json.path("from");
            if (!json.path("to").isInt()) {
                throw new IllegalArgumentException("no \"to\" version");
            }
            return new HistoryEntry(Instant.parse(json.path("at").asText()), json.path("who").asText(),
                    HistoryAction.ofWord(json.path("action").asText()),
                    from.isInt() ? OptionalInt.of(from.asInt()) : OptionalInt.empty(),
                    json.path("to").asInt(), json.path("why").asText(""), json.get("metrics"));
        } catch (IOException | RuntimeException e) {
            throw new RegistryException(RegistryException.Kind.DAMAGED,
                    "line " + lineNumber + " of the history " + file + " is not a history entry: " + e.getMessage(), e);
        }
    }
}
