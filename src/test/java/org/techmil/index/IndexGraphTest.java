package org.techmil.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.cli.Run;
import org.techmil.rdf.Vocab;
import org.techmil.store.Store;

/** The index graph that build, import-list and link rebuild: one entry per entity, consistent with the other graphs. */
class IndexGraphTest {
    private static final String PREFIXES = """
            PREFIX tm: <https://w3id.org/techmil/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;
    private static final String INDEX = "<https://w3id.org/techmil/graph/index>";

    @TempDir
    Path tmp;

    @Test
    void buildWritesOneLabelPerEntityAndCountsThatMatchTheArticleGraphs() {
        Path store = build(Path.of("examples"));
        try (Store s = Store.open(store, false)) {
            assertTrue(count(s, "SELECT ?e WHERE { GRAPH " + INDEX + " { ?e tm:mentionCount ?n } }") > 50);
            // exactly one label per indexed entity
            assertEquals(0, count(s, "SELECT ?e WHERE { GRAPH " + INDEX + " { ?e tm:mentionCount ?n } "
                    + "FILTER NOT EXISTS { GRAPH " + INDEX + " { ?e rdfs:label ?l } } }"));
            assertEquals(0, count(s, "SELECT ?e WHERE { GRAPH " + INDEX + " { ?e rdfs:label ?l1 , ?l2 FILTER(?l1 != ?l2) } }"));
            // every article's mentions counted, once per article
            assertEquals(0, count(s, "SELECT ?e WHERE { GRAPH " + INDEX + " { ?e tm:mentionCount ?n } "
                    + "{ SELECT ?e (COUNT(DISTINCT ?a) AS ?m) WHERE { GRAPH ?g { ?a schema:mentions ?e } "
                    + "FILTER(?g != " + INDEX + ") } GROUP BY ?e } FILTER(?n != ?m) }"));
            // allegations per accused entity, as top-accused-firms counted them before the index
            assertEquals(0, count(s, "SELECT ?f WHERE { { SELECT ?f (COUNT(DISTINCT ?c) AS ?n) (COUNT(DISTINCT ?a) AS ?arts) "
                    + "WHERE { GRAPH ?g { ?c a tm:Allegation ; tm:subject ?f ; prov:wasDerivedFrom ?a } } GROUP BY ?f } "
                    + "OPTIONAL { GRAPH " + INDEX + " { ?f tm:allegationCount ?m ; tm:allegationArticleCount ?marts } } "
                    + "FILTER(!BOUND(?m) || ?m != ?n || ?marts != ?arts) }"));
            assertUpToDate(s);
        }
    }

    @Test
    void anIncrementalBuildUpdatesTheIndex() throws IOException {
        Path input = tmp.resolve("input");
        Files.createDirectories(input);
        for (String f : List.of("01-us-entity-list-servers.txt", "02-israel-elbit-palantir.txt", "05-cloud-price-war-decoy.txt"))
            Files.copy(Path.of("examples", f), input.resolve(f));
        Path store = build(input);
        String microsoft = "SELECT ?n WHERE { GRAPH " + INDEX + " { ?e rdfs:label \"Microsoft\" ; tm:allegationCount ?n } }";
        try (Store s = Store.open(store, false)) {
            assertEquals(0, count(s, microsoft));
        }
        Files.copy(Path.of("examples", "06-microsoft-azure-unit-8200.html"), input.resolve("06-microsoft-azure-unit-8200.html"));
        Run again = Run.of("build", "--store", store.toString(), input.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("indexed "), again.err());
        try (Store s = Store.open(store, false)) {
            assertEquals(1, count(s, microsoft));
            assertUpToDate(s);
        }
    }

    @Test
    void importListAddsTheEntitiesItCreates() {
        Path store = build(Path.of("examples"));
        String before;
        try (Store s = Store.open(store, false)) {
            before = String.join("\n", indexTriples(s));
        }
        Run r = Run.of("import-list", "--store", store.toString(), "-f", "csl-csv", "--date", "2025-01-07",
                "src/test/resources/link/csl/consolidated-2025-01.csv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("1 new entity") && r.err().contains("indexed "), r.err());
        try (Store s = Store.open(store, false)) {
            assertFalse(before.equals(String.join("\n", indexTriples(s))), "the import changed nothing in the index");
            // the entity the list created is indexed, with its label
            assertEquals(0, count(s, "SELECT ?e WHERE { GRAPH ?g { ?e a tm:TechFirm } FILTER(STRSTARTS(STR(?g), "
                    + "\"https://w3id.org/techmil/graph/list/\")) FILTER NOT EXISTS { GRAPH " + INDEX + " { ?e rdfs:label ?l } } }"));
            assertUpToDate(s);
        }
    }

    @Test
    void anEntryRefusesWhatIsNoEntity() {
        Node firm = Vocab.iri("https://w3id.org/techmil/entity/x");
        var noType = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new EntityEntry(firm, List.of(), null, List.of(), List.of(), 0, null));
        assertTrue(noType.getMessage().contains("needs an entity class"), noType.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new EntityEntry.Accused(0, 0, 0, 0, 0, List.of()));
    }

    /** The stored index equals the one the store's other graphs give now. */
    private static void assertUpToDate(Store s) {
        List<String> stored = indexTriples(s);
        IndexGraph.rebuild(s);
        assertEquals(stored, indexTriples(s), "the index graph is stale");
    }

    private Path build(Path input) {
        Path store = tmp.resolve("store");
        Run r = Run.of("build", "--store", store.toString(), input.toString());
        assertEquals(0, r.code(), r.err());
        return store;
    }

    private static List<String> indexTriples(Store s) {
        return s.read(ds -> {
            List<String> out = new ArrayList<>();
            s.datasetGraph().find(IndexTerms.GRAPH, Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> out.add(NodeFmtLib.str(q.asTriple())));
            out.sort(null);
            return out;
        });
    }

    private static long count(Store s, String select) {
        return s.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + select)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                long n = 0;
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    rs.next();
                    n++;
                }
                return n;
            }
        });
    }
}
