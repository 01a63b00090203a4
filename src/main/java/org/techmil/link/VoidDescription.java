package org.techmil.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.TDB2;
import org.techmil.rdf.Vocab;
import org.techmil.store.Store;

/**
 * A VoID description (W3C Interest Group Note "Describing Linked Datasets with the VoID Vocabulary") of what a
 * store holds: triple, entity, subject and object counts; a class partition (instances per class) and a property
 * partition (triples per property) over the union of all graphs; one subset per source (the articles, each
 * imported list version, the Wikidata graph, the ontology) with its own counts and provenance; and the build date,
 * taken as the last time the store's files changed.
 */
public final class VoidDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    /** The IRI of the dataset a store holds. */
    public static final Node DATASET = Vocab.iri(Vocab.BASE + "dataset");

    private static final Node VOID_DATASET = v("Dataset");
    private static final String ARTICLE_BASE = Vocab.BASE + "article/";

    private VoidDescription() {
    }

    private static Node v(String local) {
        return Vocab.iri(VOID + local);
    }

    /** Describes the store; counts are over the union of its named graphs. */
    public static Graph of(Store store) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("dcterms", LinkTerms.DCTERMS)
                .setNsPrefix("dcat", LinkTerms.DCAT).setNsPrefix("tm", Vocab.TM).setNsPrefix("prov", Vocab.PROV)
                .setNsPrefix("xsd", Vocab.XSD).setNsPrefix("schema", Vocab.SCHEMA).setNsPrefix("rdfs", Vocab.RDFS);
        Node d = DATASET;
        Rdf.add(g, d, Vocab.TYPE, VOID_DATASET);
        Rdf.add(g, d, LinkTerms.TITLE, Rdf.string("techmil knowledge graph"));
        Rdf.add(g, d, Vocab.iri(LinkTerms.DCTERMS + "description"), Rdf.string(
                "Claims that news articles report about technology firms and militaries, with the designations of official lists and links to Wikidata."));
        Rdf.add(g, d, v("uriSpace"), Rdf.string(Vocab.BASE + "entity/"));
        for (String vocab : List.of(Vocab.TM, Vocab.SCHEMA, Vocab.PROV, Vocab.SKOS, Vocab.OWL, Vocab.OA, LinkTerms.DCAT,
                LinkTerms.DCTERMS))
            Rdf.add(g, d, v("vocabulary"), Vocab.iri(vocab));
        Rdf.add(g, d, v("rootResource"), Vocab.iri(Vocab.BASE + "entity/"));
        Instant built = lastChange(store.folder());
        if (built != null)
            Rdf.add(g, d, Vocab.iri(LinkTerms.DCTERMS + "modified"), Rdf.dateTime(built.truncatedTo(ChronoUnit.SECONDS).toString()));
        Rdf.add(g, d, LinkTerms.GENERATED_AT, Rdf.dateTime(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));

        counts(store, g, d, "");
        for (var row : select(store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c")) {
            Node part = NodeFactory.createBlankNode();
            Rdf.add(g, d, v("classPartition"), part);
            Rdf.add(g, part, v("class"), row.get("c").asNode());
            Rdf.add(g, part, v("entities"), Rdf.integer(row.getLiteral("n").getLong()));
        }
        for (var row : select(store, "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p")) {
            Node part = NodeFactory.createBlankNode();
            Rdf.add(g, d, v("propertyPartition"), part);
            Rdf.add(g, part, v("property"), row.get("p").asNode());
            Rdf.add(g, part, v("triples"), Rdf.integer(row.getLiteral("n").getLong()));
        }
        subsets(store, g, d);
        return g;
    }

    /** void:triples, void:entities, distinct subjects and objects, over the graphs {@code graphFilter} allows. */
    private static void counts(Store store, Graph g, Node d, String graphFilter) {
        String where = graphFilter.isEmpty() ? "{ ?s ?p ?o }" : "{ GRAPH ?g { ?s ?p ?o } " + graphFilter + " }";
        var row = select(store, "SELECT (COUNT(*) AS ?t) (COUNT(DISTINCT ?s) AS ?s_) (COUNT(DISTINCT ?o) AS ?o_) "
                + "(COUNT(DISTINCT ?p) AS ?p_) WHERE " + where).get(0);
        Rdf.add(g, d, v("triples"), Rdf.integer(row.getLiteral("t").getLong()));
        Rdf.add(g, d, v("distinctSubjects"), Rdf.integer(row.getLiteral("s_").getLong()));
        Rdf.add(g, d, v("distinctObjects"), Rdf.integer(row.getLiteral("o_").getLong()));
        Rdf.add(g, d, v("properties"), Rdf.integer(row.getLiteral("p_").getLong()));
        if (graphFilter.isEmpty()) {
            long entities = select(store, "PREFIX tm: <" + Vocab.TM + "> SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { "
                    + "VALUES ?c { tm:TechFirm tm:MilitaryOrganisation tm:GovernmentBody tm:Country tm:Person "
                    + "tm:MediaOrganisation tm:Organisation } ?e a ?c }").get(0).getLiteral("n").getLong();
            Rdf.add(g, d, v("entities"), Rdf.integer(entities));
            long classes = select(store, "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }").get(0).getLiteral("n").getLong();
            Rdf.add(g, d, v("classes"), Rdf.integer(classes));
        }
    }

    /** One subset per source: articles, each list version, Wikidata, the ontology. */
    private static void subsets(Store store, Graph g, Node d) {
        Node articles = Vocab.iri(Vocab.BASE + "dataset/articles");
        Rdf.add(g, d, v("subset"), articles);
        Rdf.add(g, articles, Vocab.TYPE, VOID_DATASET);
        Rdf.add(g, articles, LinkTerms.TITLE, Rdf.string("News articles, one named graph each"));
        counts(store, g, articles, "FILTER(STRSTARTS(STR(?g), \"" + ARTICLE_BASE + "\"))");
        long n = select(store, "PREFIX tm: <" + Vocab.TM + "> SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a tm:Article }")
                .get(0).getLiteral("n").getLong();
        Rdf.add(g, articles, v("documents"), Rdf.integer(n));

        Map<String, Node> lists = new TreeMap<>();
        for (var row : select(store, "SELECT DISTINCT ?g ?ds WHERE { GRAPH ?g { ?ds a <" + LinkTerms.DCAT + "Dataset> ; <"
                + LinkTerms.DCTERMS + "isVersionOf> ?series } }"))
            lists.put(row.getResource("g").getURI(), row.get("ds").asNode());
        for (var e : lists.entrySet()) {
            Node version = e.getValue();
            Rdf.add(g, d, v("subset"), version);
            Rdf.add(g, version, Vocab.TYPE, VOID_DATASET);
            Rdf.add(g, version, Vocab.iri(Vocab.RDFS + "seeAlso"), Vocab.iri(e.getKey()));
            for (var row : select(store, "SELECT ?p ?o WHERE { GRAPH <" + e.getKey() + "> { <" + version.getURI()
                    + "> ?p ?o FILTER(?p IN (<" + LinkTerms.DCTERMS + "title>, <" + LinkTerms.DCTERMS + "publisher>, <"
                    + LinkTerms.DCTERMS + "issued>, <" + LinkTerms.DCTERMS + "source>, <" + Vocab.PROV + "generatedAtTime>)) } }"))
                Rdf.add(g, version, row.get("p").asNode(), row.get("o").asNode());
            counts(store, g, version, "FILTER(?g = <" + e.getKey() + ">)");
        }
        if (!select(store, "ASK { GRAPH <" + LinkTerms.WIKIDATA_GRAPH.getURI() + "> { ?s ?p ?o } }").isEmpty()) {
            Node wd = LinkTerms.WIKIDATA_GRAPH;
            Rdf.add(g, d, v("subset"), wd);
            Rdf.add(g, wd, Vocab.TYPE, VOID_DATASET);
            for (var row : select(store, "SELECT ?p ?o WHERE { GRAPH <" + wd.getURI() + "> { <" + wd.getURI() + "> ?p ?o } }"))
                if (!row.get("p").asNode().equals(Vocab.TYPE))
                    Rdf.add(g, wd, row.get("p").asNode(), row.get("o").asNode());
            counts(store, g, wd, "FILTER(?g = <" + wd.getURI() + ">)");
        }
        Node onto = Vocab.ONTOLOGY_GRAPH;
        Rdf.add(g, d, v("subset"), onto);
        Rdf.add(g, onto, Vocab.TYPE, VOID_DATASET);
        Rdf.add(g, onto, LinkTerms.TITLE, Rdf.string("techmil ontology"));
        counts(store, g, onto, "FILTER(?g = <" + onto.getURI() + ">)");
    }

    /** Rows of a SELECT over the union graph; an ASK gives one empty row when true and none when false. */
    private static List<QuerySolution> select(Store store, String sparql) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).set(TDB2.symUnionDefaultGraph, true).build()) {
                List<QuerySolution> out = new ArrayList<>();
                if (qe.getQuery().isAskType()) {
                    if (qe.execAsk())
                        out.add(new org.apache.jena.query.QuerySolutionMap());
                } else {
                    qe.execSelect().forEachRemaining(out::add);
                }
                return out;
            }
        });
    }

    /** The newest modification time of the store's files: when it was last built or imported into. */
    static Instant lastChange(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("tdb.lock"))
                    .map(p -> {
                        try {
                            return Files.getLastModifiedTime(p);
                        } catch (IOException e) {
                            return FileTime.fromMillis(0);
                        }
                    }).max(FileTime::compareTo).map(FileTime::toInstant).orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
