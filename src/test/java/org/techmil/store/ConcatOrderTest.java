package org.techmil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;

/** The parts of a GROUP_CONCAT come sorted, whatever order the data was written in, also in a sub-select. */
class ConcatOrderTest {
    private static final String NS = "https://example.org/";

    private static Dataset data(List<String> values) {
        Model m = ModelFactory.createDefaultModel();
        Resource g = m.createResource(NS + "g");
        for (String v : values) {
            Resource x = m.createResource(NS + "x/" + v);
            m.add(g, m.createProperty(NS + "has"), x);
            m.add(x, m.createProperty(NS + "label"), v);
            m.add(x, m.createProperty(NS + "other"), "o-" + (char) ('z' - v.charAt(0) + 'a'));
        }
        return DatasetFactory.create(m);
    }

    private static List<String> run(Dataset ds, String query) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = ConcatOrder.on(QueryExecution.dataset(ds).query(query)).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                List<String> row = new ArrayList<>();
                rs.getResultVars().forEach(v -> row.add(String.valueOf(s.get(v))));
                out.add(String.join(" | ", row));
            }
        }
        return out;
    }

    @Test
    void groupConcatListsItsPartsSortedWhateverTheWritingOrder() {
        String q = """
                PREFIX ex: <https://example.org/>
                SELECT ?g (GROUP_CONCAT(DISTINCT ?l; SEPARATOR="; ") AS ?labels) (GROUP_CONCAT(?o; SEPARATOR=", ") AS ?others)
                WHERE { ?g ex:has ?x . ?x ex:label ?l ; ex:other ?o } GROUP BY ?g
                """;
        List<String> forward = run(data(List.of("delta", "alpha", "echo", "charlie", "bravo")), q);
        List<String> backward = run(data(List.of("bravo", "charlie", "echo", "alpha", "delta")), q);
        assertEquals(List.of("https://example.org/g | alpha; bravo; charlie; delta; echo | o-z, o-y, o-x, o-w, o-v"), forward);
        assertEquals(forward, backward);
    }

    @Test
    void aGroupConcatInASubSelectIsSortedToo() {
        String q = """
                PREFIX ex: <https://example.org/>
                SELECT ?labels (STR(COUNT(*)) AS ?n) WHERE {
                  { SELECT ?g (GROUP_CONCAT(?l; SEPARATOR="; ") AS ?labels) WHERE { ?g ex:has/ex:label ?l } GROUP BY ?g }
                  ?g ex:has ?x
                } GROUP BY ?labels
                """;
        assertEquals(List.of("alpha; bravo; charlie | 3"), run(data(List.of("charlie", "alpha", "bravo")), q));
    }
}
