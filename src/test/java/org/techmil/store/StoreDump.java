package org.techmil.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** A store's content as sorted text, for comparing stores quad for quad. */
public final class StoreDump {
    private StoreDump() {
    }

    /** Every quad of the store at {@code folder} as N-Quads, one per line, sorted. */
    public static String sortedNQuads(Path folder) {
        return IdempotentBuildTest.sortedNQuads(folder);
    }

    /** Fails, showing a few quads only in one of them, unless both hold the same quads. */
    public static void assertSameQuads(String expected, String actual) {
        IdempotentBuildTest.assertSameQuads(expected, actual);
    }

    /** Each named graph of the store (by IRI) with its triples as N-Triples lines, sorted. */
    public static Map<String, List<String>> graphs(Path folder) {
        try (Store s = Store.open(folder, false)) {
            return s.read(ds -> {
                var dsg = ds.asDatasetGraph();
                Map<String, List<String>> graphs = new TreeMap<>();
                for (var it = dsg.listGraphNodes(); it.hasNext();) {
                    Node g = it.next();
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    RDFDataMgr.write(out, dsg.getGraph(g), Lang.NTRIPLES);
                    graphs.put(g.isURI() ? g.getURI() : g.toString(),
                            out.toString(StandardCharsets.UTF_8).lines().sorted().toList());
                }
                return graphs;
            });
        }
    }
}
