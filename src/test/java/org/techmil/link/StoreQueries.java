package org.techmil.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.tdb2.TDB2;
import org.techmil.cli.Run;
import org.techmil.store.Store;

/** Test helpers: build the examples into a store, ask it SPARQL, dump it whole. */
final class StoreQueries {
    static final Path FIXTURES = Path.of("src/test/resources/link");
    static final String PREFIXES = """
            PREFIX tm: <https://w3id.org/techmil/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcat: <http://www.w3.org/ns/dcat#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX ent: <https://w3id.org/techmil/entity/>
            """;

    private StoreQueries() {
    }

    static Path fixture(String relative) {
        return FIXTURES.resolve(relative);
    }

    static void buildExamples(Path store) {
        Run r = Run.of("build", "--store", store.toString(), "examples");
        assertEquals(0, r.code(), r.err());
    }

    static Run run(String... args) {
        return Run.of(args);
    }

    /** Rows of a SELECT over the union graph, each a map of variable to the value's lexical form or IRI. */
    static List<Map<String, String>> select(Path store, String sparql) {
        try (Store s = Store.open(store, false)) {
            return s.read(ds -> {
                List<Map<String, String>> rows = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + sparql)
                        .set(TDB2.symUnionDefaultGraph, true).build()) {
                    qe.execSelect().forEachRemaining(sol -> {
                        Map<String, String> row = new LinkedHashMap<>();
                        sol.varNames().forEachRemaining(v -> {
                            var n = sol.get(v);
                            row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.isURIResource() ? n.asResource().getURI() : n.toString());
                        });
                        rows.add(row);
                    });
                }
                return rows;
            });
        }
    }

    static List<String> column(Path store, String sparql, String var) {
        return select(store, sparql).stream().map(r -> r.get(var)).toList();
    }

    /** Every quad of the store as a sorted set of N-Quads lines. */
    static TreeSet<String> quads(Path store) {
        try (Store s = Store.open(store, false)) {
            return s.read(ds -> {
                TreeSet<String> out = new TreeSet<>();
                ds.asDatasetGraph().find().forEachRemaining(q -> out.add(NodeFmtLib.str(q)));
                return out;
            });
        }
    }
}
