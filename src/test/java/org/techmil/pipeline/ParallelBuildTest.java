package org.techmil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.cli.Run;
import org.techmil.ingest.Inputs;
import org.techmil.store.Store;

/** Parallel workers, batched transactions and incremental builds change how fast a store is built, never what it holds. */
class ParallelBuildTest {
    /** The build's summary line, whatever progress lines a slow machine printed before it. */
    static String summary(Run r) {
        return r.err().lines().filter(l -> l.startsWith("loaded ") || l.startsWith("interrupted: ")).reduce((a, b) -> b)
                .orElse(r.err());
    }

    static Pipeline pipeline;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.create(null);
    }

    static String sortedNQuads(Path folder) {
        try (Store s = Store.open(folder, false)) {
            return s.read(ds -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, ds, Lang.NQUADS);
                return String.join("\n", out.toString(StandardCharsets.UTF_8).lines().sorted().toList());
            });
        }
    }

    @Test
    void oneWorkerOneArticlePerCommitAndManyWorkersBigBatchesGiveTheSameStore(@TempDir Path dir) {
        Run serial = Run.of("build", "--store", dir.resolve("a").toString(), "--threads", "1", "--batch-articles", "1", "examples");
        Run parallel = Run.of("build", "--store", dir.resolve("b").toString(), "--threads", "4", "--batch-articles", "3",
                "--batch-quads", "50", "examples");
        assertEquals(0, serial.code(), serial.err());
        assertEquals(0, parallel.code(), parallel.err());
        String a = sortedNQuads(dir.resolve("a"));
        assertTrue(a.lines().count() > 1000);
        assertEquals(a, sortedNQuads(dir.resolve("b")));
    }

    @Test
    void secondBuildSkipsUnchangedArticlesAndRebuildsAnEditedOne(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (String f : List.of("01-us-entity-list-servers.txt", "03-pentagon-list-tencent-catl.txt", "07-fcc-probe-huawei-zte-hikvision.html"))
            Files.copy(Path.of("examples", f), in.resolve(f));
        String store = dir.resolve("s").toString();
        assertEquals(0, Run.of("build", "--store", store, in.toString()).code());
        String first = sortedNQuads(dir.resolve("s"));

        Run again = Run.of("build", "--store", store, in.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(summary(again).startsWith("loaded 0 articles, 0 claims, 0 inputs failed"), again.err());
        assertTrue(summary(again).contains("3 unchanged skipped, 0 quads written"), again.err());
        assertEquals(first, sortedNQuads(dir.resolve("s")));

        Path edited = in.resolve("03-pentagon-list-tencent-catl.txt");
        Files.writeString(edited, Files.readString(edited).replace("Tencent", "Tencent Holdings"));
        Run third = Run.of("build", "--store", store, in.toString());
        assertTrue(summary(third).startsWith("loaded 1 article,"), third.err());
        assertTrue(summary(third).contains("2 unchanged skipped"), third.err());
        String after = sortedNQuads(dir.resolve("s"));
        assertFalse(after.equals(first), "the edited article's graph must change");
        assertEquals(3, hashesIn(dir.resolve("s")).size(), "one content hash per article, the old one replaced");

        Run forced = Run.of("build", "--store", store, "--rebuild", in.toString());
        assertTrue(summary(forced).startsWith("loaded 3 articles,"), forced.err());
        assertEquals(after, sortedNQuads(dir.resolve("s")));
    }

    @Test
    void contentHashIsOnTheArticleNodeAndDependsOnTheBytes() throws Exception {
        var raw = Inputs.read(Path.of("examples/05-cloud-price-war-decoy.txt"));
        Pipeline.Result r = pipeline.process(raw);
        List<Node> hashes = r.graph().find(r.graphName(), Pipeline.CONTENT_HASH, Node.ANY).mapWith(t -> t.getObject()).toList();
        assertEquals(1, hashes.size());
        assertEquals(pipeline.contentHash(raw), hashes.get(0).getLiteralLexicalForm());
        assertEquals(64, pipeline.contentHash(raw).length());
        byte[] other = raw.content().clone();
        other[other.length - 2] ^= 1;
        assertFalse(pipeline.contentHash(raw).equals(pipeline.contentHash(
                new org.techmil.ingest.RawArticle(raw.sourceName(), other, raw.format()))));
    }

    static Map<String, String> hashesIn(Path folder) {
        try (Store s = Store.open(folder, false)) {
            return new TdbSink(s).contentHashes();
        }
    }

    /** A sink over a store that asks the build to stop once it has taken its first article. */
    static final class StoppingSink implements GraphSink {
        final TdbSink inner;
        final AtomicInteger puts = new AtomicInteger();
        Builder builder;

        StoppingSink(Store s) {
            inner = new TdbSink(s);
        }

        @Override
        public Map<String, String> contentHashes() {
            return inner.contentHashes();
        }

        @Override
        public void put(Node name, Graph graph) {
            inner.put(name, graph);
            if (puts.incrementAndGet() == 2)
                new Thread(builder::requestStop).start();
        }

        @Override
        public void commit() {
            inner.commit();
        }

        @Override
        public void abort() {
            inner.abort();
        }

        @Override
        public String where() {
            return inner.where();
        }
    }

    @Test
    void stopRequestEndsTheBuildWithWholeArticlesCommitted(@TempDir Path dir) throws Exception {
        List<Path> files = Inputs.expand(List.of(Path.of("examples")));
        StringWriter err = new StringWriter();
        try (Store s = Store.open(dir.resolve("s"), true)) {
            StoppingSink sink = new StoppingSink(s);
            Builder b = new Builder(pipeline, new PrintWriter(err), new Builder.Options(1, 1000, 1_000_000, false));
            sink.builder = b;
            BuildSummary summary = b.build(sink, files);
            assertTrue(summary.interrupted());
            assertTrue(summary.line().startsWith("interrupted: loaded "), summary.line());
            // every article graph in the store is exactly what the pipeline makes of that article
            Map<String, String> stored = new TdbSink(s).contentHashes();
            assertEquals(summary.articles(), stored.size());
            for (Path f : files) {
                Pipeline.Result r = pipeline.process(Inputs.read(f));
                if (!stored.containsKey(r.graphName().getURI()))
                    continue;
                long inStore = s.read(ds -> {
                    long n = 0;
                    var it = ds.asDatasetGraph().find(r.graphName(), Node.ANY, Node.ANY, Node.ANY);
                    while (it.hasNext()) {
                        Quad q = it.next();
                        // TDB2 keeps decimals by value ("0.90" comes back "0.9"), so match subject and predicate
                        assertTrue(r.graph().contains(q.getSubject(), q.getPredicate(), q.getObject().isLiteral() ? Node.ANY : q.getObject()), q.toString());
                        n++;
                    }
                    return n;
                });
                assertEquals(r.graph().size(), inStore, f.toString());
            }
        }
    }
}
