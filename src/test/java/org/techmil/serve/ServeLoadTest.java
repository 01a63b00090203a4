package org.techmil.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.export.ExampleStore;
import org.techmil.store.Store;

/**
 * Load from a second process: wrk (Debian's wrk) sends each curated query of queries/ to the endpoint over loopback,
 * bounded in time ({@code -Dtechmil.load.seconds}, 2 s each by default) and in count
 * ({@code -Dtechmil.load.requests} per wrk thread, by a Lua response hook). Every answer must be a 2xx and no socket
 * may fail. No timing is asserted; the figures go to target/serve-load.md (docs/benchmarks.md quotes a longer run,
 * made by bench/serve-load.sh).
 */
class ServeLoadTest {
    private static final String WRK = "/usr/bin/wrk";
    private static final int SECONDS = Integer.getInteger("techmil.load.seconds", 2);
    private static final int REQUESTS_PER_THREAD = Integer.getInteger("techmil.load.requests", 100_000);
    private static final int THREADS = 2;
    private static final int CONNECTIONS = Integer.getInteger("techmil.load.connections", 8);

    @TempDir
    static Path dir;

    static Store store;
    static SparqlServer server;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(Path.of(WRK)), "needs Debian's wrk (listed in .ci/apt-packages.txt)");
        store = Store.open(ExampleStore.folder(), false);
        server = SparqlServer.start(store, ServerSettings.defaults().withPort(0).withRequestLog(dir.resolve("requests.log")));
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    record Run(String query, int rows, long requests, double perSecond, String latency) {
    }

    @Test
    void everyCuratedQueryHoldsUnderLoadWithNoError() throws Exception {
        List<Path> queries;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(queries.size() >= 5, "the curated queries: " + queries);
        List<Run> runs = new ArrayList<>();
        for (Path q : queries)
            runs.add(load(q));
        report(runs);
        long logged = Files.readAllLines(dir.resolve("requests.log")).size();
        long sent = runs.stream().mapToLong(Run::requests).sum();
        assertTrue(logged >= sent, "every answered request was logged: " + logged + " lines for " + sent + " requests");
    }

    private Run load(Path file) throws Exception {
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        String query = Files.readString(file);
        assertFalse(query.contains("]==]"), name);
        HttpResponse<String> once = Wire.HTTP.send(HttpRequest.newBuilder(server.endpointUri())
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        if (Pattern.compile("(?m)^[^#]*\\bSERVICE\\s*<").matcher(query).find()) {
            // federated with Wikidata: the endpoint makes no outside calls (run it with techmil query instead)
            assertEquals(422, once.statusCode(), name + ": " + once.body());
            assertTrue(once.body().contains("SERVICE"), once.body());
            return new Run(name, -1, 0, 0, "refused: SERVICE");
        }
        assertEquals(200, once.statusCode(), name + ": " + once.body());
        int rows = (int) once.body().lines().count() - 1;

        Path script = dir.resolve(name + ".lua");
        Files.writeString(script, """
                wrk.method = "POST"
                wrk.headers["Content-Type"] = "application/sparql-query"
                wrk.headers["Accept"] = "application/sparql-results+json"
                wrk.body = [==[%s]==]
                local answered = 0
                response = function(status, headers, body)
                  answered = answered + 1
                  if answered >= %d then wrk.thread:stop() end
                end
                """.formatted(query, REQUESTS_PER_THREAD));
        Process p = new ProcessBuilder(WRK, "-t" + THREADS, "-c" + CONNECTIONS, "-d" + SECONDS + "s", "--timeout", "30s",
                "-s", script.toString(), server.endpointUri().toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(SECONDS + 60L, TimeUnit.SECONDS), "wrk ends");
        assertEquals(0, p.exitValue(), out);
        assertFalse(out.contains("Non-2xx or 3xx responses"), name + ": some answers were errors\n" + out);
        assertFalse(out.contains("Socket errors"), name + ": some connections failed\n" + out);
        long requests = Long.parseLong(find(out, "(\\d+) requests in"));
        assertTrue(requests > 0, out);
        double perSecond = Double.parseDouble(find(out, "Requests/sec:\\s+([\\d.]+)"));
        String latency = find(out, "Latency\\s+(\\S+)");
        return new Run(name, rows, requests, perSecond, latency);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "wrk printed no " + regex + ":\n" + text);
        return m.group(1);
    }

    private static void report(List<Run> runs) throws IOException {
        StringBuilder md = new StringBuilder("| query | rows | requests | queries/s | mean latency |\n|---|---|---|---|---|\n");
        for (Run r : runs)
            if (r.rows() < 0)
                md.append("| `" + r.query() + "` | | | | refused (422): SERVICE calls are off |\n");
            else
                md.append(String.format(Locale.ROOT, "| `%s` | %d | %d | %.0f | %s |%n", r.query(), r.rows(), r.requests(),
                    r.perSecond(), r.latency()));
        md.append(String.format(Locale.ROOT, "%nwrk -t%d -c%d -d%ds per query, %d errors%n", THREADS, CONNECTIONS, SECONDS, 0));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "serve-load.md"), md);
        System.err.print(md);
    }
}
