package org.techmil.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techmil.export.ExampleStore;
import org.techmil.store.Store;

/**
 * The server hands out the page's own few files and nothing else: no path, however spelt, reaches another file, and
 * no folder is listed. Requests go over a raw socket so that no client tidies the path first.
 */
class FileAccessTest {
    /** Text that only the files an attack aims at would contain. */
    private static final String[] LEAKS = {"<artifactId>", "<project", "root:x:", "package org.techmil", "PK\u0003\u0004",
            "[boot loader]", "Data-0001", "tdb.lock", "Index of", "<a href=\"../\""};

    static Store store;
    static SparqlServer server;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(ExampleStore.folder(), false);
        server = SparqlServer.start(store, ServerSettings.defaults().withPort(0));
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    @Test
    void pathTraversalNeverReachesAFile() throws Exception {
        String pom = Path.of("pom.xml").toAbsolutePath().toString();
        String[] targets = {"/../pom.xml", "/../../../../etc/passwd", "/%2e%2e/pom.xml", "/%2e%2e%2fpom.xml", "/%2E%2E/%2E%2E/etc/passwd",
                "/web/../../pom.xml", "/vendor/../../pom.xml", "/app.js/../../pom.xml", "/..%2f..%2fetc%2fpasswd",
                "/%2fetc%2fpasswd", "//etc/passwd", "/etc/passwd", pom, "/" + pom, "/file:" + pom, "/file:///etc/passwd",
                "/%252e%252e/pom.xml", "/..%5c..%5cpom.xml", "/..\\..\\pom.xml", "/C:/Windows/win.ini", "/app.js%00.html",
                "/app.js;/../../pom.xml", "/.%2e/pom.xml", "/%c0%ae%c0%ae/pom.xml", "/techmil/web/app.js", "/META-INF/MANIFEST.MF",
                "/org/techmil/serve/SparqlServer.class", "/pom.xml", "/src/main/resources/techmil/web/index.html",
                "/" + ExampleStore.folder().toAbsolutePath() + "/tdb.lock", "http://127.0.0.1/../pom.xml", "/$/../pom.xml",
                "/sparql/../../pom.xml", "/sparql?query=x&file=../pom.xml"};
        for (String target : targets) {
            Wire.Raw r = Wire.raw(server.port(), "GET", target);
            assertTrue(r.status() == 400 || r.status() == 404, target + " -> " + r.status() + "\n" + r.text());
            for (String leak : LEAKS)
                assertFalse(!target.contains(leak) && r.text().contains(leak), target + " leaked " + leak + ":\n" + r.text());
        }
    }

    @Test
    void foldersAreNeverListed() throws Exception {
        for (String target : new String[] {"/vendor/", "/vendor", "/techmil/", "/techmil/web/", "/META-INF/", "/web/", "/$/",
                "/./", "/app.js/", "/index.html/", "/%2e/", "/sparql/"}) {
            Wire.Raw r = Wire.raw(server.port(), "GET", target);
            assertTrue(r.status() == 400 || r.status() == 404, target + " -> " + r.status() + "\n" + r.text());
            for (String leak : LEAKS)
                assertFalse(r.text().contains(leak), target + " listed:\n" + r.text());
        }
    }

    @Test
    void thePagesOwnFilesAreServedAndOnlyForReading() throws Exception {
        for (String target : new String[] {"/", "/index.html", "/app.js", "/app.css", "/vendor/cytoscape.min.js"})
            assertEquals(200, Wire.raw(server.port(), "GET", target).status(), target);
        for (String method : new String[] {"PUT", "DELETE", "POST"}) {
            int status = Wire.raw(server.port(), method, "/app.js").status();
            assertTrue(status >= 400 && status < 500, method + " /app.js -> " + status);
        }
    }
}
