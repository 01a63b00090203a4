package org.techmil.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The ontology and SHACL shapes of {@code ontology/}, bundled in the jar. */
public final class Bundled {
    private Bundled() {
    }

    /**
     * The ontology, with its blank nodes (OWL lists and axioms) replaced by IRIs that are the same on every load,
     * so that loading it again leaves a store byte-for-byte the same.
     */
    public static Graph ontology() {
        Graph parsed = turtle("techmil/ontology/techmil.ttl");
        Graph g = GraphFactory.createDefaultGraph();
        java.util.Map<Node, Node> skolem = new java.util.HashMap<>();
        parsed.find().forEachRemaining(t -> g.add(Triple.create(skolemize(t.getSubject(), skolem),
                t.getPredicate(), skolemize(t.getObject(), skolem))));
        return g;
    }

    private static Node skolemize(Node n, java.util.Map<Node, Node> names) {
        if (!n.isBlank())
            return n;
        return names.computeIfAbsent(n, b -> NodeFactory.createURI(GENID + b.getBlankNodeLabel()));
    }

    private static final String GENID = "https://w3id.org/techmil/ontology/.well-known/genid/";

    public static Graph shapes() {
        return turtle("techmil/ontology/shapes.ttl");
    }

    /** Text of a bundled resource (a curated query, say), or null when there is none. */
    public static String text(String resource) {
        try (InputStream in = Bundled.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Graph turtle(String resource) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Bundled.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("bundled resource " + resource + " is missing from the jar");
            RDFParser.source(in).lang(Lang.TURTLE).labelToNode(LabelToNode.createIncremental()).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }
}
