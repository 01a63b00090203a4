package org.techmil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.cli.Run;
import org.techmil.store.Store;
import org.techmil.store.StoreDump;
import org.techmil.store.StoreException;

/**
 * {@code techmil load}: the quads {@code extract --format nquads} (or TriG, or the Spark job's parts) writes, loaded,
 * give exactly the store {@code build} gives; bad files are named and the others load; what the store holds is
 * skipped; a failed write keeps the store as it was before the batch in hand.
 */
class QuadLoaderTest {
    @TempDir
    static Path shared;
    static String nquads;
    static String built;

    @BeforeAll
    static void extractAndBuild() {
        Run x = Run.of("extract", "--format", "nquads", "examples");
        assertEquals(0, x.code(), x.err());
        nquads = x.out();
        Run.examplesStore(shared.resolve("built"));
        built = StoreDump.sortedNQuads(shared.resolve("built"));
    }

    /** The N-Quads lines of each graph, in the order extract wrote them. */
    private static Map<String, List<String>> byGraph(String nq) {
        Map<String, List<String>> graphs = new LinkedHashMap<>();
        for (String line : nq.lines().filter(l -> !l.isBlank()).toList()) {
            String g = line.substring(line.lastIndexOf(" <") + 2, line.lastIndexOf("> ."));
            graphs.computeIfAbsent(g, k -> new ArrayList<>()).add(line);
        }
        return graphs;
    }

    private static String lines(List<List<String>> graphs) {
        StringBuilder b = new StringBuilder();
        graphs.forEach(g -> g.forEach(l -> b.append(l).append('\n')));
        return b.toString();
    }

    @Test
    void extractThenLoadGivesTheStoreBuildGives(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("examples.nq"), nquads);
        Run r = Run.of("load", "--store", dir.resolve("s").toString(), file.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("loaded 10 graphs"), r.err());
        StoreDump.assertSameQuads(built, StoreDump.sortedNQuads(dir.resolve("s")));
    }

    @Test
    void trigGzipAndSparkPartsInAFolderLoadTheSame(@TempDir Path dir) throws Exception {
        List<List<String>> graphs = new ArrayList<>(byGraph(nquads).values());
        assertEquals(10, graphs.size());
        Path out = Files.createDirectories(dir.resolve("spark-out"));
        Files.writeString(out.resolve("part-00000"), lines(graphs.subList(0, 4)));
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(out.resolve("part-00001.gz")))) {
            gz.write(lines(graphs.subList(4, 7)).getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(out.resolve("_SUCCESS"), "");
        Files.writeString(out.resolve(".part-00000.crc"), "not rdf");
        // the last three graphs as TriG, as extract --format trig writes them, gzipped in a sub-folder
        Path rest = Files.writeString(dir.resolve("rest.nq"), lines(graphs.subList(7, 10)));
        Run trig = Run.of("extract", "--format", "trig", "examples");
        assertEquals(0, trig.code());
        Path sub = Files.createDirectories(out.resolve("more"));
        org.apache.jena.sparql.core.DatasetGraph ds = org.apache.jena.riot.RDFDataMgr.loadDatasetGraph(rest.toString());
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(sub.resolve("rest.trig.gz")))) {
            org.apache.jena.riot.RDFDataMgr.write(gz, ds, org.apache.jena.riot.Lang.TRIG);
        }
        Run r = Run.of("load", "--store", dir.resolve("s").toString(), out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("loaded 10 graphs"), r.err());
        StoreDump.assertSameQuads(built, StoreDump.sortedNQuads(dir.resolve("s")));
    }

    @Test
    void sortedQuadsWithEachGraphInManyRunsLoadTheSame(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("sorted.nq"),
                String.join("\n", nquads.lines().filter(l -> !l.isBlank()).sorted().toList()) + "\n");
        Run r = Run.of("load", "--store", dir.resolve("s").toString(), file.toString());
        assertEquals(0, r.code(), r.err());
        StoreDump.assertSameQuads(built, StoreDump.sortedNQuads(dir.resolve("s")));
    }

    @Test
    void aBadFileIsNamedOnOneLineAndTheOthersLoad(@TempDir Path dir) throws Exception {
        List<List<String>> graphs = new ArrayList<>(byGraph(nquads).values());
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.nq"), lines(graphs.subList(0, 5)));
        // b.nq: two whole graphs, then half of a third and a broken line
        List<String> third = graphs.get(7);
        String broken = lines(graphs.subList(5, 7)) + String.join("\n", third.subList(0, third.size() / 2))
                + "\nthis is no quad\n" + lines(graphs.subList(8, 10));
        Files.writeString(in.resolve("b.nq"), broken);
        Path notRdf = Files.writeString(dir.resolve("notes.txt"), "hello");
        Run r = Run.of("load", "--store", dir.resolve("s").toString(), in.toString(), notRdf.toString());
        assertEquals(1, r.code(), r.err());
        String[] errors = r.err().lines().filter(l -> l.startsWith("techmil:")).toArray(String[]::new);
        assertEquals(2, errors.length, r.err());
        assertTrue(errors[0].startsWith("techmil: " + notRdf + ": not N-Quads or TriG"), errors[0]);
        int brokenLine = graphs.get(5).size() + graphs.get(6).size() + third.size() / 2 + 1;
        assertTrue(errors[1].startsWith("techmil: b.nq: line " + brokenLine + ", column "), errors[1]);
        assertTrue(errors[1].contains("its first 2 graphs were loaded"), errors[1]);
        assertTrue(r.err().contains("loaded 7 graphs") && r.err().contains("2 inputs failed"), r.err());
        Set<String> names = StoreDump.graphs(dir.resolve("s")).keySet();
        List<String> ids = new ArrayList<>(byGraph(nquads).keySet());
        for (int i = 0; i < 10; i++)
            assertEquals(i < 7, names.contains(ids.get(i)), "graph " + i + " " + ids.get(i));
        // every graph loaded is whole: the same triples as build wrote
        Map<String, List<String>> loaded = StoreDump.graphs(dir.resolve("s"));
        Map<String, List<String>> reference = StoreDump.graphs(shared.resolve("built"));
        for (int i = 0; i < 7; i++)
            assertEquals(reference.get(ids.get(i)), loaded.get(ids.get(i)));
    }

    @Test
    void triplesInTheDefaultGraphAreNotLoadedAndSaidSo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mixed.nq"), nquads
                + "<https://example.org/s> <https://example.org/p> \"in no graph\" .\n");
        Run r = Run.of("load", "--store", dir.resolve("s").toString(), file.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("techmil: mixed.nq: 1 triples in the default graph were not loaded"), r.err());
        StoreDump.assertSameQuads(built, StoreDump.sortedNQuads(dir.resolve("s")));
    }

    @Test
    void loadingAgainSkipsWhatTheStoreHolds(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("examples.nq"), nquads);
        String store = dir.resolve("s").toString();
        assertEquals(0, Run.of("load", "--store", store, file.toString()).code());
        Run again = Run.of("load", "--store", store, file.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("loaded 0 graphs, 0 quads") && again.err().contains("10 unchanged skipped"), again.err());
        StoreDump.assertSameQuads(built, StoreDump.sortedNQuads(dir.resolve("s")));
        Run forced = Run.of("load", "--reload", "--compact", "--store", store, file.toString());
        assertEquals(0, forced.code(), forced.err());
        assertTrue(forced.err().contains("loaded 10 graphs") && forced.err().contains("compacted"), forced.err());
        StoreDump.assertSameQuads(built, StoreDump.sortedNQuads(dir.resolve("s")));
        // a store built from the articles skips the same quads loaded: the content hashes are the same
        Run onBuilt = Run.of("load", "--store", shared.resolve("built").toString(), file.toString());
        assertTrue(onBuilt.err().contains("10 unchanged skipped"), onBuilt.err());
    }

    @Test
    void aFailedWriteKeepsTheStoreAsItWasBeforeTheBatchInHand(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("examples.nq"), nquads);
        List<String> ids = new ArrayList<>(byGraph(nquads).keySet());
        StringWriter err = new StringWriter();
        try (Store s = Store.open(dir.resolve("s"), true)) {
            TdbSink tdb = new TdbSink(s);
            GraphSink failing = new CountingSink(tdb, puts -> {
                if (puts == 7) // the ontology, 3 graphs committed, 2 in the open batch, then the disk fails
                    throw new StoreException("disk full");
            }, true);
            QuadLoader loader = new QuadLoader(new PrintWriter(err), new QuadLoader.Options(3, 1_000_000, false));
            StoreException e = assertThrows(StoreException.class, () -> loader.load(failing, List.of(file)));
            assertEquals("disk full", e.getMessage());
        }
        Set<String> names = new TreeSet<>(StoreDump.graphs(dir.resolve("s")).keySet());
        Set<String> expected = new TreeSet<>(ids.subList(0, 3));
        expected.add("https://w3id.org/techmil/graph/ontology");
        assertEquals(expected, names);
    }

    @Test
    void aStopRequestEndsTheLoadWithWholeGraphsCommitted(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("examples.nq"), nquads);
        StringWriter err = new StringWriter();
        QuadLoader loader = new QuadLoader(new PrintWriter(err), new QuadLoader.Options(5000, 1_000_000, false));
        QuadLoader.Summary summary;
        try (Store s = Store.open(dir.resolve("s"), true)) {
            TdbSink tdb = new TdbSink(s);
            GraphSink stopping = new CountingSink(tdb, puts -> {
                if (puts == 4) { // the ontology and three graphs: Ctrl-C arrives
                    Thread stop = new Thread(loader::requestStop);
                    stop.start();
                    while (stop.getState() != Thread.State.WAITING && stop.getState() != Thread.State.TIMED_WAITING
                            && stop.isAlive())
                        Thread.onSpinWait();
                }
            }, false);
            summary = loader.load(stopping, List.of(file));
        }
        assertTrue(summary.interrupted());
        assertEquals(3, summary.graphs(), summary.line());
        Map<String, List<String>> loaded = StoreDump.graphs(dir.resolve("s"));
        Map<String, List<String>> reference = StoreDump.graphs(shared.resolve("built"));
        List<String> ids = new ArrayList<>(byGraph(nquads).keySet());
        assertEquals(new TreeSet<>(List.of(ids.get(0), ids.get(1), ids.get(2), "https://w3id.org/techmil/graph/ontology")),
                new TreeSet<>(loaded.keySet()));
        for (int i = 0; i < 3; i++)
            assertEquals(reference.get(ids.get(i)), loaded.get(ids.get(i)), "graph " + i + " is whole");
    }

    @Test
    void helpNamesTheExitCodes() {
        Run r = Run.of("load", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Exit codes:") && r.out().contains("techmil load"), r.out());
    }

    @Test
    void aMissingInputIsAnErrorBeforeAnyWork(@TempDir Path dir) {
        Run r = Run.of("load", "--store", dir.resolve("s").toString(), dir.resolve("nope.nq").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("nope.nq") && r.err().contains("no such file"), r.err());
        assertTrue(!Files.exists(dir.resolve("s")), "no store is created");
    }

    /**
     * The store's sink, with a hook told the number of each put: before the put ({@code hookFirst}, to fail it) or
     * after it (to stop the load once it is written).
     */
    private static final class CountingSink implements GraphSink {
        private final TdbSink tdb;
        private final java.util.function.IntConsumer hook;
        private final boolean hookFirst;
        private int puts;

        CountingSink(TdbSink tdb, java.util.function.IntConsumer hook, boolean hookFirst) {
            this.tdb = tdb;
            this.hook = hook;
            this.hookFirst = hookFirst;
        }

        @Override
        public Map<String, String> contentHashes() {
            return tdb.contentHashes();
        }

        @Override
        public void put(Node name, Graph graph) {
            puts++;
            if (hookFirst)
                hook.accept(puts);
            tdb.put(name, graph);
            if (!hookFirst)
                hook.accept(puts);
        }

        @Override
        public void commit() {
            tdb.commit();
        }

        @Override
        public void abort() {
            tdb.abort();
        }

        @Override
        public String where() {
            return tdb.where();
        }
    }
}
