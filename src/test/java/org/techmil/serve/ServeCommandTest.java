package org.techmil.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.export.ExampleStore;
import org.techmil.store.Store;

/** {@code techmil serve} on the command line: refuses writes without a token, warns off loopback, logs one line per request. */
class ServeCommandTest {
    private static final String TOKEN = "cli-test-token-0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void allowUpdatesWithoutATokenRefusesToStartInOneLine() {
        assumeTrue(System.getenv("TECHMIL_SERVE_TOKEN") == null, "TECHMIL_SERVE_TOKEN is set in this environment");
        ExampleStore.Result r = ExampleStore.run("serve", "--store", dir.resolve("none").toString(), "--port", "0", "--allow-updates");
        assertEquals(2, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--allow-updates needs a token") && r.err().contains("--token-file"), r.err());
    }

    @Test
    void aShortOrEmptyTokenFileIsRefusedBeforeAnythingStarts() throws Exception {
        Path weak = Files.writeString(dir.resolve("weak"), "letmein\n");
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        for (Path f : new Path[] {weak, empty, dir.resolve("missing")}) {
            ExampleStore.Result r = ExampleStore.run("serve", "--store", dir.resolve("none").toString(), "--port", "0",
                    "--allow-updates", "--token-file", f.toString());
            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(r.err().contains("letmein"), "the token is never echoed: " + r.err());
        }
        ExampleStore.Result noFlag = ExampleStore.run("serve", "--store", dir.resolve("none").toString(), "--token-file", weak.toString());
        assertEquals(2, noFlag.code());
        assertTrue(noFlag.err().contains("only for --allow-updates"), noFlag.err());
    }

    @Test
    void aRealServeProcessOffLoopbackWarnsTakesTokenWritesAndLogsEachRequestInOneLine() throws Exception {
        Path storeDir = dir.resolve("store");
        Store.open(storeDir, true).close();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.techmil.cli.Techmil",
                "serve", "--store", storeDir.toString(), "--host", "0.0.0.0", "--port", "0", "--allow-updates");
        pb.environment().put("TECHMIL_SERVE_TOKEN", TOKEN);
        pb.environment().remove("TECHMIL_STACKTRACE");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        LinkedBlockingQueue<String> err = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;)
                    err.add(line);
            } catch (Exception e) {
                // the process ended
            }
        });
        reader.start();
        try {
            List<String> startup = new ArrayList<>();
            String line;
            do {
                line = err.poll(60, TimeUnit.SECONDS);
                assertTrue(line != null, "serve printed no start line: " + startup);
                startup.add(line);
            } while (!line.startsWith("techmil: serving"));
            assertEquals(2, startup.size(), "one warning and the start line, nothing else: " + startup);
            assertTrue(startup.get(0).startsWith("techmil: warning: listening on 0.0.0.0, not loopback"), startup.get(0));
            Matcher m = Pattern.compile("at (http://\\S+/) ").matcher(line);
            assertTrue(m.find(), line);
            URI page = URI.create(m.group(1));

            assertEquals(401, Wire.update(page.resolve("update"), "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> 1 } }", null).statusCode());
            assertEquals(204, Wire.update(page.resolve("update"), "INSERT DATA { GRAPH <urn:x:g> { <urn:x:a> <urn:x:b> 1 } }",
                    "Bearer " + TOKEN).statusCode());
            var q = Wire.query(page.resolve("sparql"), "SELECT ?o { <urn:x:a> <urn:x:b> ?o }", "text/csv");
            assertEquals("o\r\n1\r\n", q.body());

            List<String> logged = new ArrayList<>();
            while (logged.size() < 3 && (line = err.poll(10, TimeUnit.SECONDS)) != null)
                logged.add(line);
            Thread.sleep(300); // anything else the server might print about these requests
            err.drainTo(logged);
            assertEquals(3, logged.size(), "one line per request and nothing else: " + logged);
            assertTrue(logged.get(0).matches("\\[\\S+] 127\\.0\\.0\\.1 POST /update 401 \\d+ms"), logged.get(0));
            assertTrue(logged.get(1).matches("\\[\\S+] 127\\.0\\.0\\.1 POST /update 204 \\d+ms"), logged.get(1));
            assertTrue(logged.get(2).matches("\\[\\S+] 127\\.0\\.0\\.1 GET /sparql 200 \\d+ms"), logged.get(2));
        } finally {
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
    }
}
