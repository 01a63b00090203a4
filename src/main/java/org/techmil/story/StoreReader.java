package org.techmil.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.techmil.store.Store;

/** Reads articles and claims back from their own named graphs, ignoring the story graph and the ontology graph. */
final class StoreReader {
    private static final String PREFIXES = """
            PREFIX tm:     <https://w3id.org/techmil/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            """;

    private StoreReader() {
    }

    /** Articles and their claims, each list sorted by IRI. */
    record Contents(List<StoryArticle> articles, List<StoryClaim> claims) {
    }

    static Contents read(Store store) {
        return store.read(StoreReader::read);
    }

    static Contents read(Dataset ds) {
        Map<Node, StoryArticle> articles = new TreeMap<>(BY_IRI);
        select(ds, """
                SELECT ?a ?source ?body (SAMPLE(?d) AS ?date) (SAMPLE(?h) AS ?headline) (SAMPLE(?u) AS ?url)
                       (MIN(STR(?pi)) AS ?publisher) (MIN(STR(?pn)) AS ?publisherName)
                WHERE { GRAPH ?a {
                  ?a a tm:Article ; tm:sourceName ?source ; schema:articleBody ?body .
                  OPTIONAL { ?a schema:datePublished ?d }
                  OPTIONAL { ?a schema:headline ?h }
                  OPTIONAL { ?a schema:url ?u }
                  OPTIONAL { ?a schema:publisher ?pi FILTER(isIRI(?pi)) }
                  OPTIONAL { ?a schema:publisher ?pn FILTER(isLiteral(?pn)) }
                } }
                GROUP BY ?a ?source ?body
                """, row -> {
            Node a = row.get("a").asNode();
            LocalDate date = null;
            if (row.contains("date")) {
                try {
                    date = LocalDate.parse(row.getLiteral("date").getLexicalForm());
                } catch (java.time.format.DateTimeParseException e) {
                    date = null;
                }
            }
            articles.put(a, new StoryArticle(a, row.getLiteral("source").getLexicalForm(), date,
                    row.contains("headline") ? row.getLiteral("headline").getLexicalForm() : null,
                    row.contains("url") ? (row.get("url").isLiteral() ? row.getLiteral("url").getLexicalForm()
                            : row.get("url").asNode().getURI()) : null,
                    row.getLiteral("body").getLexicalForm(),
                    row.contains("publisher") ? org.techmil.rdf.Vocab.iri(row.getLiteral("publisher").getLexicalForm())
                            : row.contains("publisherName")
                                    ? NodeFactory.createLiteralString(row.getLiteral("publisherName").getLexicalForm())
                                    : null));
        });

        Map<Node, Node[]> base = new TreeMap<>(BY_IRI);
        select(ds, """
                SELECT ?c ?a ?t ?s ?o WHERE { GRAPH ?a {
                  ?c prov:wasDerivedFrom ?a ; a ?t ; tm:subject ?s ; tm:object ?o .
                  FILTER(?t IN (tm:Allegation, tm:Denial, tm:Designation, tm:Contract, tm:Partnership, tm:Investigation))
                  FILTER(isIRI(?s) && isIRI(?o))
                } }
                """, row -> base.put(row.get("c").asNode(), new Node[]{row.get("a").asNode(), row.get("t").asNode(),
                row.get("s").asNode(), row.get("o").asNode()}));
        Map<Node, TreeSet<Node>> claimants = new HashMap<>();
        Map<Node, TreeSet<Node>> media = new HashMap<>();
        select(ds, """
                SELECT ?c ?cl ?media WHERE { GRAPH ?a {
                  ?c prov:wasDerivedFrom ?a ; tm:claimant ?cl .
                  FILTER(isIRI(?cl))
                  BIND(EXISTS { ?cl a tm:MediaOrganisation } AS ?media)
                } }
                """, row -> {
            Node c = row.get("c").asNode();
            Node cl = row.get("cl").asNode();
            claimants.computeIfAbsent(c, k -> new TreeSet<>(BY_IRI)).add(cl);
            if (row.getLiteral("media").getBoolean())
                media.computeIfAbsent(c, k -> new TreeSet<>(BY_IRI)).add(cl);
        });
        Map<Node, TreeSet<Node>> denies = new HashMap<>();
        select(ds, """
                SELECT ?c ?d WHERE { GRAPH ?a { ?c prov:wasDerivedFrom ?a ; tm:denies ?d FILTER(isIRI(?d)) } }
                """, row -> denies.computeIfAbsent(row.get("c").asNode(), k -> new TreeSet<>(BY_IRI))
                .add(row.get("d").asNode()));

        List<StoryClaim> claims = new ArrayList<>();
        base.forEach((c, v) -> {
            if (!articles.containsKey(v[0]))
                return;
            String type = v[1].getURI().substring(v[1].getURI().indexOf('#') + 1);
            claims.add(new StoryClaim(c, v[0], type, v[2], v[3],
                    List.copyOf(claimants.getOrDefault(c, new TreeSet<>(BY_IRI))),
                    List.copyOf(media.getOrDefault(c, new TreeSet<>(BY_IRI))),
                    List.copyOf(denies.getOrDefault(c, new TreeSet<>(BY_IRI)))));
        });
        return new Contents(List.copyOf(articles.values()), claims);
    }

    static final Comparator<Node> BY_IRI = Comparator.comparing(Node::toString);

    private static void select(Dataset ds, String query, java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext())
                each.accept(rs.next());
        }
    }
}
