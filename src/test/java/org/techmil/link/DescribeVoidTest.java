package org.techmil.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.techmil.link.StoreQueries.fixture;
import static org.techmil.link.StoreQueries.run;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.cli.Run;

/** techmil describe: a VoID description of the built dataset. */
class DescribeVoidTest {
    @TempDir
    static Path tmp;
    static Path store;
    static Run described;
    static Model voidModel;

    @BeforeAll
    static void buildImportAndDescribe() {
        store = tmp.resolve("store");
        StoreQueries.buildExamples(store);
        assertEquals(0, run("import-list", "--store", store.toString(), "-f", "csl-csv", "--date", "2025-01-07",
                fixture("csl/consolidated-2025-01.csv").toString()).code());
        described = run("describe", "--store", store.toString());
        assertEquals(0, described.code(), described.err());
        voidModel = ModelFactory.createDefaultModel().read(new StringReader(described.out()), null, "TURTLE");
    }

    private static List<String> ask(String select, String var) {
        try (QueryExecution qe = QueryExecution.model(voidModel).query("""
                PREFIX void: <http://rdfs.org/ns/void#> PREFIX dcterms: <http://purl.org/dc/terms/>
                PREFIX tm: <https://w3id.org/techmil/ontology#>
                """ + select).build()) {
            List<String> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(s -> out.add(s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm()
                    : s.get(var).toString()));
            return out;
        }
    }

    @Test
    void countsInstancesPerClassAsTheStoreHasThem() {
        long designations = StoreQueries.select(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a tm:Designation }")
                .stream().mapToLong(r -> Long.parseLong(r.get("n"))).sum();
        List<String> fromVoid = ask("SELECT ?n WHERE { <https://w3id.org/techmil/dataset> void:classPartition [ "
                + "void:class tm:Designation ; void:entities ?n ] }", "n");
        assertEquals(1, fromVoid.size());
        assertEquals(designations, Long.parseLong(fromVoid.get(0)));
        assertTrue(designations > 8, "news and list designations: " + designations);
    }

    @Test
    void countsTriplesPerPropertyAndNamesEverySource() {
        assertEquals(1, ask("SELECT ?n WHERE { <https://w3id.org/techmil/dataset> void:propertyPartition [ "
                + "void:property tm:subject ; void:triples ?n ] }", "n").size());
        assertEquals(List.of("10"), ask("SELECT ?n WHERE { <https://w3id.org/techmil/dataset> void:subset ?a . "
                + "?a void:documents ?n }", "n"));
        List<String> lists = ask("SELECT ?issued WHERE { <https://w3id.org/techmil/dataset> void:subset ?s . "
                + "?s dcterms:issued ?issued ; dcterms:publisher ?p ; void:triples ?t }", "issued");
        assertEquals(1, lists.size());
        assertTrue(lists.get(0).startsWith("2025-01-07"), lists.toString());
        assertEquals(1, ask("SELECT ?d WHERE { <https://w3id.org/techmil/dataset> dcterms:modified ?d ; void:triples ?t ; void:entities ?e }", "d").size());
    }
}
