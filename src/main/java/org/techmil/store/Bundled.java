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

    /** The folder of the jar (or class path) that holds the curated queries of {@code queries/}. */
    public static final String QUERIES = "techmil/queries/";

    /** The curated queries bundled in the jar: name (without ".rq") to text, sorted by name. */
    public static java.util.SortedMap<String, String> queries() {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        try {
            var url = Bundled.class.getClassLoader().getResource(QUERIES);
            if (url == null)
                return out;
            var uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of())) {
                    collect(fs.getPath(QUERIES), out);
                }
            } else {
                collect(java.nio.file.Path.of(uri), out);
            }
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void collect(java.nio.file.Path folder, java.util.Map<String, String> out) throws IOException {
        try (var files = java.nio.file.Files.list(folder)) {
            for (var p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList())
                out.put(p.getFileName().toString().replaceFirst("\\.rq$", ""), java.nio.file.Files.readString(p));
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
