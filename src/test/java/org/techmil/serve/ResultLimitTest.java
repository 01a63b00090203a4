package org.techmil.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techmil.export.ExampleStore;
import org.techmil.store.Store;

/**
 * A result over --max-rows is refused whole with a message that says what to do, never cut silently; results within
 * the limit come back complete. The examples hold far more than the 50 rows allowed here.
 */
class ResultLimitTest {
    private static final int MAX = 50;

    static Store store;
    static SparqlServer server;
    static long types;

    @BeforeAll
    static void start() throws Exception {
        // counted before the server opens the store: ExampleStore.select opens and closes a store of its own
        types = ExampleStore.select("SELECT (COUNT(DISTINCT ?t) AS ?n) { ?s a ?t }", r -> r.getLiteral("n").getLong()).get(0);
        store = Store.open(ExampleStore.folder(), false);
        server = SparqlServer.start(store, ServerSettings.defaults().withPort(0).withMaxRows(MAX));
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.close();
        if (store != null)
            store.close();
    }

    @Test
    void aSelectWithMoreRowsThanTheLimitIsRefusedWithAClearMessage() throws Exception {
        for (String q : List.of("SELECT * { ?s ?p ?o }", "SELECT * { ?s ?p ?o } ORDER BY ?o", "SELECT * { ?s ?p ?o } LIMIT 51",
                "SELECT * { ?s ?p ?o } OFFSET 10")) {
            HttpResponse<String> r = Wire.query(server.endpointUri(), q, "application/sparql-results+json");
            assertEquals(400, r.statusCode(), q + ": " + r.body());
            assertTrue(r.body().contains("more than " + MAX + " rows") && r.body().contains("--max-rows")
                    && r.body().contains("LIMIT " + MAX), r.body());
            assertTrue(!r.body().contains("\"bindings\""), "no partial result: " + r.body());
        }
    }

    @Test
    void aSelectWithinTheLimitComesBackWhole() throws Exception {
        HttpResponse<String> capped = Wire.query(server.endpointUri(), "SELECT * { ?s ?p ?o } LIMIT " + MAX, "text/csv");
        assertEquals(200, capped.statusCode(), capped.body());
        assertEquals(MAX + 1, capped.body().split("\r\n").length, "header and " + MAX + " rows");
        // no LIMIT of its own, and fewer rows than the cap: answered in full
        HttpResponse<String> distinct = Wire.query(server.endpointUri(), "SELECT DISTINCT ?t { ?s a ?t }", "text/csv");
        assertEquals(200, distinct.statusCode(), distinct.body());
        long expected = ResultLimitTest.types;
        assertTrue(expected > 1 && expected <= MAX, "the examples have a handful of types: " + expected);
        assertEquals(expected + 1, distinct.body().split("\r\n").length, distinct.body());
    }

    @Test
    void aConstructWithMoreTriplesThanTheLimitIsRefused() throws Exception {
        HttpResponse<String> r = Wire.query(server.endpointUri(), "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("more than " + MAX + " triples"), r.body());
        HttpResponse<String> quads = Wire.query(server.endpointUri(), "CONSTRUCT { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }",
                "application/n-quads");
        assertEquals(400, quads.statusCode(), quads.body());
    }

    @Test
    void aConstructFromManySolutionsButFewTriplesIsNotCut() throws Exception {
        // thousands of solutions, a handful of distinct triples: the cap counts triples, so nothing is lost
        String q = "CONSTRUCT { <urn:x:store> <urn:x:hasType> ?t } WHERE { ?s a ?t . ?s ?p ?o }";
        HttpResponse<String> r = Wire.query(server.endpointUri(), q, "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Model m = ModelFactory.createDefaultModel().read(new StringReader(r.body()), null, "N-TRIPLES");
        long expected = types;
        assertEquals(expected, m.size());
    }

    @Test
    void aDescribeOfTooMuchIsRefusedAndAskIsUnaffected() throws Exception {
        HttpResponse<String> d = Wire.query(server.endpointUri(), "DESCRIBE ?s WHERE { ?s ?p ?o }", "text/turtle");
        assertEquals(400, d.statusCode(), d.body());
        HttpResponse<String> ask = Wire.query(server.endpointUri(), "ASK { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("true"));
    }
}
