package org.techmil.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.rdf.Vocab;
import org.techmil.store.Store;

/** The RDF formats, parsed back by Jena RIOT and compared with the store they came from. */
class RdfFormatsTest {
    @TempDir
    static Path tmp;

    static long storeQuads;
    static long storeGraphs;
    static long unionTriples;
    static long reifies;

    @BeforeAll
    static void countStore() throws IOException {
        try (Store s = Store.open(ExampleStore.folder(), false)) {
            storeQuads = s.quadCount();
            storeGraphs = s.graphCount();
            unionTriples = s.read(ds -> ds.asDatasetGraph().getUnionGraph().size());
            reifies = s.read(ds -> {
                long n = 0;
                var it = ds.asDatasetGraph().find(null, null, Vocab.REIFIES, null);
                while (it.hasNext()) {
                    it.next();
                    n++;
                }
                return n;
            });
        }
        assertTrue(reifies > 0, "the examples carry rdf:reifies triple terms");
    }

    @Test
    void trigKeepsEveryNamedGraphAndTripleTerm() throws IOException {
        DatasetGraph back = readDataset(export("trig"), Lang.TRIG);
        assertEquals(storeGraphs, back.size());
        assertEquals(storeQuads, count(back));
    }

    @Test
    void nquadsKeepsEveryQuad() throws IOException {
        assertEquals(storeQuads, count(readDataset(export("nquads"), Lang.NQUADS)));
    }

    @Test
    void turtleHoldsTheUnionOfAllGraphs() throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, export("turtle").toString(), Lang.TURTLE);
        assertEquals(unionTriples, g.size());
    }

    @Test
    void jsonldKeepsEveryGraphButTheTripleTermsItCannotCarry() throws IOException {
        ExampleStore.Result r = run("jsonld");
        assertTrue(r.err().contains(reifies + " rdf:reifies statements left out"), r.err());
        DatasetGraph back = readDataset(tmp.resolve("out.jsonld"), Lang.JSONLD);
        assertEquals(storeQuads - reifies, count(back));
        assertEquals(storeGraphs, back.size());
    }

    private static Path export(String format) {
        run(format);
        return tmp.resolve("out." + format);
    }

    private static ExampleStore.Result run(String format) {
        try {
            ExampleStore.Result r = ExampleStore.run("export", "--store", ExampleStore.folder().toString(), "-f", format,
                    "-o", tmp.resolve("out." + format).toString());
            assertEquals(0, r.code(), r.err());
            return r;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static DatasetGraph readDataset(Path file, Lang lang) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, file.toString(), lang);
        return dsg;
    }

    private static long count(DatasetGraph dsg) {
        long n = 0;
        var it = dsg.find();
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }
}
