package org.techmil.story;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.tdb2.TDB2;
import org.techmil.store.Store;

/**
 * Corroboration counts of every assertion in a store, keyed by claim type and the two parties' IRIs: what exports
 * and the browser view need to weigh an edge by independent sources rather than by the number of claims. Empty when
 * the store has no story graph (built before the story stage existed); callers then fall back to claim counts.
 */
public final class AssertionWeights {
    private static final String QUERY = """
            PREFIX tm: <https://w3id.org/techmil/ontology#>
            SELECT ?t ?s ?o ?articles ?outlets ?sources ?denials WHERE {
              ?a a tm:Assertion ; tm:assertionType ?t ; tm:assertionSubject ?s ; tm:assertionObject ?o ;
                 tm:articleCount ?articles ; tm:outletCount ?outlets ; tm:sourceCount ?sources ; tm:denialCount ?denials .
            }""";

    /** The counts of one assertion. */
    public record Weights(int articles, int outlets, int sources, int denials) {
    }

    private record Key(String type, String subject, String object) {
    }

    private final Map<Key, Weights> weights;

    private AssertionWeights(Map<Key, Weights> weights) {
        this.weights = weights;
    }

    public static AssertionWeights of(Store store) {
        return store.read(AssertionWeights::of);
    }

    /** Reads the weights in the caller's read transaction. */
    public static AssertionWeights of(Dataset ds) {
        Map<Key, Weights> out = new HashMap<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(QUERY).set(TDB2.symUnionDefaultGraph, true).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                String t = r.getResource("t").getURI();
                out.put(new Key(t.substring(t.indexOf('#') + 1), r.getResource("s").getURI(), r.getResource("o").getURI()),
                        new Weights(r.getLiteral("articles").getInt(), r.getLiteral("outlets").getInt(),
                                r.getLiteral("sources").getInt(), r.getLiteral("denials").getInt()));
            }
        }
        return new AssertionWeights(out);
    }

    /** The counts for claims of {@code type} ("Allegation" ...) from subject IRI to object IRI, or null. */
    public Weights get(String type, String subjectIri, String objectIri) {
        return weights.get(new Key(Objects.requireNonNull(type), subjectIri, objectIri));
    }

    public int size() {
        return weights.size();
    }
}
