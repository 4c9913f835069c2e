package dev.propensity.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiDocumentTest {
    @TempDir
    Path folder;

    @Test
    void theDocumentListsExactlyTheRoutesTheAppRegisters() throws IOException {
        Set<String> registered = new TreeSet<>();
        try (TestServer server = TestServer.start(folder.resolve("models"), folder)) {
            server.server().routes().forEach(r -> registered.add(r.method() + " " + r.path()));
            JsonNode served = new ObjectMapper().readTree(server.get("/openapi.json", null).body());
            assertEquals(documented(served), registered);
        }
        assertFalse(registered.isEmpty());
    }

    private static Set<String> documented(JsonNode document) {
        Set<String> routes = new TreeSet<>();
        Iterator<String> paths = document.path("paths").fieldNames();
        while (paths.hasNext()) {
            String path = paths.next();
            document.path("paths").path(path).fieldNames().forEachRemaining(method -> routes.add(method + " " + path));
        }
        return routes;
    }
}
