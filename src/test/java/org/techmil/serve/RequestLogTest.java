package org.techmil.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.store.Store;

/** Every request leaves one line in the log: time, client, method, path, status, duration; never a query string or a token. */
class RequestLogTest {
    private static final String TOKEN = "log-test-token-9b1d2c3e4f5a6b7c";
    private static final Pattern LINE = Pattern.compile(
            "\\[(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z)] (127\\.0\\.0\\.1) ([A-Z]+) (\\S+) (\\d{3}) (\\d+)ms");

    @TempDir
    static Path dir;

    static Store store;
    static SparqlServer server;
    static Path log;

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("store"), true);
        log = dir.resolve("requests.log");
        server = SparqlServer.start(store, ServerSettings.defaults().withPort(0).withRequestLog(log)
                .withUpdates(BearerToken.of(TOKEN)));
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    @Test
    void oneLinePerRequestWithoutQueryStringsOrTokens() throws Exception {
        String secretLooking = "SELECT (\"access_token=" + TOKEN + "\" AS ?x) {}";
        assertEquals(200, Wire.query(server.endpointUri(), secretLooking, "text/csv").statusCode());
        assertEquals(404, Wire.HTTP.send(HttpRequest.newBuilder(server.pageUri().resolve("nothing-here?token=" + TOKEN)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(401, Wire.update(server.updateUri(), "CLEAR ALL", "Bearer wrong-" + TOKEN).statusCode());
        assertEquals(204, Wire.update(server.updateUri(), "CLEAR SILENT GRAPH <urn:x:none>", "Bearer " + TOKEN).statusCode());
        assertEquals(200, Wire.HTTP.send(HttpRequest.newBuilder(URI.create(server.pageUri() + "app.css")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(400, Wire.raw(server.port(), "GET", "/%0aforged%20200%201ms").status());

        List<String> lines = awaitLines(6);
        assertEquals(6, lines.size(), String.join("\n", lines));
        String[][] expected = {{"GET", "/sparql", "200"}, {"GET", "/nothing-here", "404"}, {"POST", "/update", "401"},
                {"POST", "/update", "204"}, {"GET", "/app.css", "200"}};
        for (int i = 0; i < expected.length; i++) {
            Matcher m = LINE.matcher(lines.get(i));
            assertTrue(m.matches(), "line " + (i + 1) + " has time, client, method, path, status, duration: " + lines.get(i));
            assertEquals(expected[i][0], m.group(3));
            assertEquals(expected[i][1], m.group(4));
            assertEquals(expected[i][2], m.group(5));
        }
        String all = String.join("\n", lines);
        assertFalse(all.contains(TOKEN), all);
        assertFalse(all.contains("?") || all.contains("query=") || all.contains("SELECT"), all);
        assertFalse(all.contains("\nforged") || lines.get(5).contains("\n"), "an encoded newline cannot forge a line: " + all);
    }

    private static List<String> awaitLines(int n) throws Exception {
        // Jetty writes a line when the exchange completes, a moment after the client has its answer
        List<String> lines = List.of();
        for (int i = 0; i < 100 && lines.size() < n; i++) {
            Thread.sleep(50);
            lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        }
        return lines;
    }
}
