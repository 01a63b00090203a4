package org.techmil.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.techmil.link.StoreQueries.column;
import static org.techmil.link.StoreQueries.run;
import static org.techmil.link.StoreQueries.select;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.cli.Run;

/** link wikidata against a real Fuseki server on localhost serving a Wikidata-shaped fixture. */
class WikidataLinkTest {
    @TempDir
    static Path tmp;
    static Path store;
    static LocalWikidata wikidata;
    static Run linked;

    @BeforeAll
    static void buildAndLink() {
        wikidata = new LocalWikidata();
        store = tmp.resolve("store");
        StoreQueries.buildExamples(store);
        linked = run("link", "wikidata", "--store", store.toString(), "--endpoint", wikidata.endpoint(), "--batch", "10");
        assertEquals(0, linked.code(), linked.err());
    }

    @AfterAll
    static void stop() {
        wikidata.close();
    }

    private static String sameAs(Path s, String id) {
        List<String> v = column(s, "SELECT ?w WHERE { GRAPH <https://w3id.org/techmil/graph/wikidata> { ent:" + id
                + " owl:sameAs ?w } }", "w");
        return v.isEmpty() ? null : v.get(0).substring("http://www.wikidata.org/entity/".length());
    }

    @Test
    void reconcilesByLabelAndAliasAndRecordsTheScore() {
        assertEquals("Q990000001", sameAs(store, "hikvision"));
        assertEquals("Q990000003", sameAs(store, "inspur"));
        List<Map<String, String>> rows = select(store, """
                SELECT ?score ?name WHERE { ?r rdf:reifies <<( ent:inspur owl:sameAs wd:Q990000003 )>> ;
                  tm:matchScore ?score ; tm:matchedName ?name }""");
        assertEquals(List.of(Map.of("score", "0.9", "name", "Inspur")), rows);
        assertTrue(linked.err().startsWith("linked "), linked.err());
        assertEquals(1, linked.errLines().length, linked.err());
    }

    @Test
    void prefersTheFirmOverSoftwareAndTheRightCountry() {
        assertEquals("Q990000004", sameAs(store, "deepseek"));
        assertEquals("Q990000007", sameAs(store, "helsing"));
    }

    @Test
    void leavesHumansAndAmbiguousNamesUnlinked() {
        assertEquals(null, sameAs(store, "sugon"));
        assertEquals(null, sameAs(store, "anduril"));
        assertTrue(linked.err().contains("1 ambiguous"), linked.err());
    }

    @Test
    void enrichesLinkedEntitiesWithCountryHeadquartersIndustryParentAndWebsite() {
        List<Map<String, String>> huawei = select(store, """
                SELECT ?country ?hq ?industry ?web WHERE { GRAPH <https://w3id.org/techmil/graph/wikidata> {
                  ent:huawei tm:country ?country ; tm:headquarters/rdfs:label ?hq ; tm:industry/rdfs:label ?industry ;
                     tm:officialWebsite ?web } }""");
        assertEquals(List.of(Map.of("country", "https://w3id.org/techmil/entity/china", "hq", "Shenzhen",
                "industry", "telecommunications industry", "web", "https://www.huawei.com/")), huawei);
        List<String> parent = column(store, """
                SELECT ?p WHERE { ent:hikvision <https://schema.org/parentOrganization> ?p }""", "p");
        assertEquals(1, parent.size(), parent.toString());
    }

    @Test
    void theGraphSaysWhereAndWhenItCameFrom() {
        List<Map<String, String>> rows = select(store, """
                SELECT ?from ?when ?complete WHERE { GRAPH ?g { ?g a dcat:Dataset ; prov:wasDerivedFrom ?from ;
                  prov:generatedAtTime ?when ; tm:complete ?complete } }""");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(wikidata.endpoint(), rows.get(0).get("from"));
        assertEquals("true", rows.get(0).get("complete"));
    }

    @Test
    void rebuildingTheArticlesKeepsTheWikidataGraphAndTheShapesHold() {
        Path s = tmp.resolve("rebuild");
        StoreQueries.buildExamples(s);
        assertEquals(0, run("link", "wikidata", "--store", s.toString(), "--endpoint", wikidata.endpoint()).code());
        StoreQueries.buildExamples(s);
        assertEquals("Q990000001", sameAs(s, "hikvision"));
        Run v = run("validate", "--store", s.toString());
        assertEquals(0, v.code(), v.out() + v.err());
    }

    @Test
    void retriesARateLimitHonouringRetryAfter() throws Exception {
        Path s = tmp.resolve("retry");
        StoreQueries.buildExamples(s);
        try (LocalWikidata w = new LocalWikidata()) {
            String endpoint = w.front(n -> n == 1, 429, "1");
            Run r = run("link", "wikidata", "--store", s.toString(), "--endpoint", endpoint, "--batch", "500");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().contains(", 1 retry into"), r.err());
            assertEquals("Q990000001", sameAs(s, "hikvision"));
        }
    }

    @Test
    void aPartialRunKeepsWhatWasFetchedAndSaysSoOnOneLine() throws Exception {
        Path s = tmp.resolve("partial");
        StoreQueries.buildExamples(s);
        try (LocalWikidata w = new LocalWikidata()) {
            // the one reconciliation query gets through; every enrichment query meets 503
            String endpoint = w.front(n -> n > 1, 503, null);
            Run r = run("link", "wikidata", "--store", s.toString(), "--endpoint", endpoint, "--batch", "500",
                    "--retries", "2", "--backoff-ms", "10");
            assertEquals(1, r.code(), r.err());
            assertEquals(1, r.errLines().length, r.err());
            assertTrue(r.err().startsWith("techmil: partial run, kept what was fetched: linked "), r.err());
            assertTrue(r.err().contains("HTTP 503 after 2 retries"), r.err());
            assertEquals(4, w.requests.get());
            assertEquals("Q990000001", sameAs(s, "hikvision"));
            assertEquals(List.of("false"), column(s, "SELECT ?c WHERE { ?g tm:complete ?c }", "c"));
            assertTrue(column(s, "SELECT ?w WHERE { ent:huawei tm:officialWebsite ?w }", "w").isEmpty());
        }
    }

    @Test
    void anUnreachableEndpointIsReportedOnOneLine() {
        Path s = tmp.resolve("down");
        StoreQueries.buildExamples(s);
        Run r = run("link", "wikidata", "--store", s.toString(), "--endpoint", "http://127.0.0.1:9/sparql",
                "--retries", "1", "--backoff-ms", "10");
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("network error (cannot connect) after 1 retry"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
