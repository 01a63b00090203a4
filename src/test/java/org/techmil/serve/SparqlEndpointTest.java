package org.techmil.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.util.List;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techmil.export.ExampleStore;
import org.techmil.store.Store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code techmil serve}'s endpoint speaks the SPARQL 1.1 protocol, reads only, listens on loopback, stops runaway
 * queries, fetches nothing from elsewhere and refuses oversized requests.
 */
class SparqlEndpointTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final String MS_ALLEGATIONS = """
            PREFIX tm: <https://w3id.org/techmil/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?object WHERE { ?c a tm:Allegation ; tm:subject/rdfs:label "Microsoft" ; tm:object/rdfs:label ?object }""";

    static Store store;
    static SparqlServer server;
    static HttpClient http;
    static long triples;

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(ExampleStore.folder(), false);
        triples = store.read(ds -> ds.asDatasetGraph().getUnionGraph().size());
        server = SparqlServer.start(store, "127.0.0.1", 0, 1500);
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        assertEquals("127.0.0.1", server.endpointUri().getHost());
        assertEquals("/sparql", server.endpointUri().getPath());
        List<InetAddress> others = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress()).toList();
        for (InetAddress a : others)
            assertThrows(ConnectException.class, () -> new Socket(a, server.port()).close(),
                    "not reachable on this machine's address " + a.getHostAddress());
    }

    @Test
    void onlyLoopbackAddressesCountAsLoopback() {
        for (String h : new String[] {"127.0.0.1", "localhost", "::1", "127.0.0.2"})
            assertTrue(SparqlServer.isLoopback(h), h);
        for (String h : new String[] {"0.0.0.0", "::", "192.168.1.10", "10.0.0.1"})
            assertFalse(SparqlServer.isLoopback(h), h);
    }

    @Test
    void theWriteEndpointsDoNotExistWhenReadOnly() throws Exception {
        for (URI uri : new URI[] {server.updateUri(), server.dataUri(), URI.create(server.dataUri() + "?default")}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/sparql-update")
                    .header("Authorization", "Bearer anything-at-all-0123456789")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode(), uri + ": " + r.body());
        }
        assertUnchanged();
    }

    @Test
    void aServiceClauseCannotMakeTheServerFetchAUrl() throws Exception {
        String q = "SELECT * { SERVICE <" + server.endpointUri() + "> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> r = get(q, "application/sparql-results+json");
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
        assertTrue(r.body().contains("SERVICE"), r.body());
    }

    @Test
    void fromClausesPickGraphsOfTheStoreAndReadNoFile() throws Exception {
        HttpResponse<String> r = get("SELECT * FROM <file:///etc/passwd> FROM <" + java.nio.file.Path.of("pom.xml").toUri()
                + "> { ?s ?p ?o } LIMIT 5", "text/csv");
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400, r.statusCode() + " " + r.body());
        assertFalse(r.body().contains("root") || r.body().contains("artifactId"), r.body());
    }

    @Test
    void anOversizedRequestBodyIsRefused() throws Exception {
        String huge = "SELECT * { ?s ?p \"" + "x".repeat((int) SparqlServer.MAX_REQUEST_BYTES) + "\" }";
        // "Expect: 100-continue", as a careful client sends a large body: the server refuses on the headers, so the
        // answer cannot race a connection the server closes while the body is still being written
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.endpointUri()).expectContinue(true)
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(huge)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
        assertEquals(200, get(COUNT, "text/csv").statusCode(), "the server still answers afterwards");
    }

    @Test
    void getWithAcceptJsonAnswersOverTheUnionOfAllGraphs() throws Exception {
        HttpResponse<String> r = get(COUNT, "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        JsonNode json = new ObjectMapper().readTree(r.body());
        assertEquals(triples, json.at("/results/bindings/0/n/value").asLong());
    }

    @Test
    void getWithAcceptXmlGivesSparqlXmlResults() throws Exception {
        HttpResponse<String> r = get(MS_ALLEGATIONS, "application/sparql-results+xml");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\""), r.body());
        assertTrue(r.body().contains("<binding name=\"object\">"), r.body());
    }

    @Test
    void postFormWithAcceptCsvGivesW3cCsv() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.endpointUri())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(MS_ALLEGATIONS, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        String[] lines = r.body().split("\r\n");
        assertEquals("object", lines[0]);
        assertTrue(lines.length >= 2, "Microsoft has at least one allegation in the examples: " + r.body());
    }

    @Test
    void postSparqlQueryBodyIsAnswered() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.endpointUri())
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(COUNT)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("n\r\n" + triples + "\r\n", r.body());
    }

    @Test
    void sparqlUpdateIsRefusedAndChangesNothing() throws Exception {
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        HttpResponse<String> asBody = http.send(HttpRequest.newBuilder(server.endpointUri())
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> asForm = http.send(HttpRequest.newBuilder(server.endpointUri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertClientError(asBody);
        assertClientError(asForm);
        assertUnchanged();
    }

    @Test
    void graphStoreWritesAreRefused() throws Exception {
        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            for (String target : new String[] {"?default", "?graph=urn:x:g", ""}) {
                // a fresh client per write: the server may close a connection after refusing a request body,
                // and the JDK client does not retry a non-idempotent request on a pooled connection it closed
                try (HttpClient once = HttpClient.newHttpClient()) {
                    HttpResponse<String> r = once.send(HttpRequest.newBuilder(URI.create(server.endpointUri() + target))
                            .header("Content-Type", "text/turtle")
                            .method(method, HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> ."))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    assertClientError(r);
                }
            }
        }
        assertUnchanged();
    }

    @Test
    void aRunawayQueryIsStoppedByTheTimeout() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        HttpResponse<String> r = get(runaway, "application/sparql-results+json");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().toLowerCase().contains("timed out"), r.body());
        assertEquals(200, get(COUNT, "text/csv").statusCode(), "the server still answers afterwards");
    }

    @Test
    void servesThePageAndCytoscapeFromTheJar() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.pageUri()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"vendor/cytoscape.min.js\">"));
        assertTrue(!page.body().contains("//cdn") && !page.body().contains("https://"), "no outside scripts");
        HttpResponse<String> lib = http.send(HttpRequest.newBuilder(server.pageUri().resolve("vendor/cytoscape.min.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, lib.statusCode());
        assertTrue(lib.body().length() > 100_000 && lib.body().contains("cytoscape"), "the Cytoscape.js library");
        assertEquals(404, http.send(HttpRequest.newBuilder(server.pageUri().resolve("no-such-file")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private static void assertClientError(HttpResponse<String> r) {
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500,
                r.request().method() + " " + r.request().uri() + " should be refused, got " + r.statusCode() + ": " + r.body());
    }

    private static void assertUnchanged() throws Exception {
        HttpResponse<String> r = get("ASK { <urn:x:a> ?p ?o }", "application/sparql-results+json");
        assertTrue(r.body().contains("false"), r.body());
        assertEquals(triples, (long) store.read(ds -> ds.asDatasetGraph().getUnionGraph().size()));
    }

    private static HttpResponse<String> get(String query, String accept) throws Exception {
        URI uri = URI.create(server.endpointUri() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
