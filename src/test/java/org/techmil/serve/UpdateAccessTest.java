package org.techmil.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.store.Store;

/**
 * With updates allowed, /update and /data write to the store only for a client that presents the token, each request
 * in one TDB2 transaction; every other client gets 401 and the store stays as it was. A store of its own, since it is
 * written to.
 */
class UpdateAccessTest {
    private static final String TOKEN = "c0ffee-techmil-test-token-5f3a9e21";
    private static final String BEARER = "Bearer " + TOKEN;
    private static final String INSERT = "INSERT DATA { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:b> \"written\" } }";

    private static final String GSP_GRAPH = "https://techmil.test/graph/gsp";

    @TempDir
    static Path dir;

    static Store store;
    static SparqlServer server;

    @BeforeAll
    static void start() {
        store = Store.open(dir.resolve("store"), true);
        server = SparqlServer.start(store, ServerSettings.defaults().withPort(0)
                .withUpdates(BearerToken.of(TOKEN)).withRequestLog(dir.resolve("requests.log")));
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    @Test
    void anUpdateWithoutATokenIsRefused401AndChangesNothing() throws Exception {
        HttpResponse<String> r = Wire.update(server.updateUri(), "INSERT DATA { GRAPH <urn:x:anon> { <urn:x:a> <urn:x:b> 1 } }", null);
        assertEquals(401, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), r.headers().toString());
        assertFalse(holds("urn:x:anon"));
    }

    @Test
    void aWrongTokenAnotherSchemeOrAMangledHeaderIsRefused401() throws Exception {
        String nearlyRight = TOKEN.substring(0, TOKEN.length() - 1) + "0";
        String[] headers = {"Bearer " + nearlyRight, "Bearer " + TOKEN + "x", "Bearer " + TOKEN.substring(1), "Bearer",
                "Bearer  ", "bearer" + TOKEN, "Basic " + Base64.getEncoder().encodeToString(("admin:" + TOKEN).getBytes()),
                "Token " + TOKEN, TOKEN, "Bearer " + TOKEN + " " + TOKEN};
        for (String h : headers) {
            HttpResponse<String> r = Wire.update(server.updateUri(), "INSERT DATA { GRAPH <urn:x:wrong> { <urn:x:a> <urn:x:b> 1 } }", h);
            assertEquals(401, r.statusCode(), "Authorization: " + h + " -> " + r.body());
        }
        assertFalse(holds("urn:x:wrong"));
    }

    @Test
    void theRightTokenWritesAndTheQueryEndpointSeesIt() throws Exception {
        HttpResponse<String> r = Wire.update(server.updateUri(), INSERT, BEARER);
        assertEquals(204, r.statusCode(), r.body());
        assertTrue(holds("urn:x:notes"));
        HttpResponse<String> q = Wire.query(server.endpointUri(), "SELECT ?o { <urn:x:a> <urn:x:b> ?o }", "text/csv");
        assertEquals("o\r\nwritten\r\n", q.body(), "the union default graph of /sparql includes the new graph");
    }

    @Test
    void anUpdateThatFailsPartWayKeepsNoneOfItsChanges() throws Exception {
        // the second operation fails (nothing listens on port 1): the transaction is aborted whole
        String twoSteps = "INSERT DATA { GRAPH <urn:x:half> { <urn:x:a> <urn:x:b> 1 } } ; LOAD <http://127.0.0.1:1/none.ttl>";
        HttpResponse<String> r = Wire.update(server.updateUri(), twoSteps, BEARER);
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
        assertFalse(holds("urn:x:half"), "the INSERT before the failing CREATE was rolled back");
    }

    @Test
    void graphStoreWritesNeedTheTokenToo() throws Exception {
        URI graph = URI.create(server.dataUri() + "?graph=" + java.net.URLEncoder.encode(GSP_GRAPH, java.nio.charset.StandardCharsets.UTF_8));
        String turtle = "<urn:x:s> <urn:x:p> \"put\" .";
        for (String method : new String[] {"PUT", "POST", "DELETE", "GET"}) {
            HttpResponse<String> r = Wire.HTTP.send(HttpRequest.newBuilder(graph).header("Content-Type", "text/turtle")
                    .method(method, HttpRequest.BodyPublishers.ofString(turtle)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, r.statusCode(), method + " without a token: " + r.body());
        }
        assertFalse(holds(GSP_GRAPH));
        HttpResponse<String> put = Wire.HTTP.send(HttpRequest.newBuilder(graph).header("Content-Type", "text/turtle")
                .header("Authorization", BEARER).PUT(HttpRequest.BodyPublishers.ofString(turtle)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() == 201 || put.statusCode() == 200 || put.statusCode() == 204, put.statusCode() + " " + put.body());
        assertTrue(holds(GSP_GRAPH));
        HttpResponse<String> get = Wire.HTTP.send(HttpRequest.newBuilder(graph).header("Accept", "application/n-triples")
                .header("Authorization", BEARER).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("<urn:x:s> <urn:x:p> \"put\" .", get.body().strip());
    }

    @Test
    void pathsDressedUpToReachTheUpdateEndpointWithoutATokenGetNoWrite() throws Exception {
        String update = "update=" + java.net.URLEncoder.encode("INSERT DATA { GRAPH <urn:x:sneak> { <urn:x:a> <urn:x:b> 1 } }",
                java.nio.charset.StandardCharsets.UTF_8);
        for (String target : new String[] {"/update/", "/update;x=1", "/%75pdate", "//update", "/./update", "/sparql/../update",
                "/sparql/..%2fupdate", "/UPDATE", "/update?x=/sparql", "/data/../update", "/%2e/update"}) {
            HttpResponse<String> r = Wire.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + target))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(update))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400, target + " -> " + r.statusCode() + " " + r.body());
        }
        assertFalse(holds("urn:x:sneak"));
    }

    @Test
    void evenWithTheTokenAnUpdateCannotLoadTheServersFilesOrFetchUrls() throws Exception {
        Path turtle = dir.resolve("secret.ttl");
        java.nio.file.Files.writeString(turtle, "<urn:x:secret> <urn:x:is> \"on the server's disk\" .\n");
        for (String source : new String[] {turtle.toUri().toString(), "file:///etc/passwd", "http://127.0.0.1:" + server.port()
                + "/app.js"}) {
            HttpResponse<String> r = Wire.update(server.updateUri(), "LOAD <" + source + "> INTO GRAPH <urn:x:file>", BEARER);
            assertTrue(r.statusCode() >= 400, source + " -> " + r.statusCode() + " " + r.body());
            assertTrue(r.body().contains("LOAD is not allowed"), r.body());
            assertFalse(r.body().contains("root") || r.body().contains("secret"), "no file content in the answer: " + r.body());
        }
        assertFalse(holds("urn:x:file"));
    }

    @Test
    void bearerTokensThatAreEasyToGuessAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> BearerToken.of(""));
        assertThrows(IllegalArgumentException.class, () -> BearerToken.of("secret"));
        assertThrows(IllegalArgumentException.class, () -> BearerToken.of("sixteen chars ok but spaces"));
        assertTrue(BearerToken.of(TOKEN + "\n").matches(TOKEN), "a token file's final newline is not part of the token");
        assertFalse(BearerToken.of(TOKEN).toString().contains(TOKEN));
    }

    private static boolean holds(String graph) {
        return Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
                .find(NodeFactory.createURI(graph), Quad.ANY.getSubject(), Quad.ANY.getPredicate(), Quad.ANY.getObject())
                .hasNext());
    }
}
