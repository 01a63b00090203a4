package org.techmil.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.techmil.clean.CleanedArticle;
import org.techmil.clean.Cleaner;
import org.techmil.extract.Extraction;
import org.techmil.extract.Extractor;
import org.techmil.extract.KnowledgeBase;
import org.techmil.ingest.Hints;
import org.techmil.ingest.Incoming;
import org.techmil.ingest.InputException;
import org.techmil.ingest.RawArticle;
import org.techmil.rdf.ArticleGraph;
import org.techmil.rdf.Iris;
import org.techmil.rdf.Vocab;

/**
 * One article through every stage: raw input, cleaned text, extraction, named graph. Thread-safe once built, so
 * one pipeline serves every worker of a parallel build.
 */
public final class Pipeline {
    /** {@code tm:contentHash}: the input's bytes and the extractor knowledge, hashed; see {@link #contentHash}. */
    public static final Node CONTENT_HASH = Vocab.tm("contentHash");

    private final Cleaner cleaner;
    private final Extractor extractor;
    private final ArticleGraph graphs;
    private final byte[] knowledgeFingerprint;
    private final LongAdder cleanNanos = new LongAdder();
    private final LongAdder extractNanos = new LongAdder();
    private final LongAdder rdfNanos = new LongAdder();

    public Pipeline(KnowledgeBase knowledge) {
        this(knowledge, new byte[0]);
    }

    private Pipeline(KnowledgeBase knowledge, byte[] knowledgeFingerprint) {
        this.cleaner = new Cleaner();
        this.extractor = new Extractor(knowledge);
        this.graphs = new ArticleGraph(knowledge.gazetteer());
        this.knowledgeFingerprint = knowledgeFingerprint;
    }

    /** Loads the bundled knowledge, or that of {@code extractorFolder} when it is not null. */
    public static Pipeline create(Path extractorFolder) {
        return new Pipeline(KnowledgeBase.load(extractorFolder), fingerprint(extractorFolder));
    }

    /** The result of one article. */
    public record Result(CleanedArticle article, Extraction extraction, Node graphName, Graph graph) {
    }

    public CleanedArticle clean(RawArticle raw) throws InputException {
        return cleaner.clean(raw);
    }

    public Extraction extract(CleanedArticle article) throws InputException {
        try {
            return extractor.extract(article);
        } catch (RuntimeException e) {
            throw new InputException(article.source(), "extraction failed: " + e, e);
        }
    }

    public Result process(RawArticle raw) throws InputException {
        return process(new Incoming(raw));
    }

    /**
     * Cleans, extracts and builds the article's graph; hints from the container (a JSON line's title or date)
     * override what cleaning found, and the article node carries its {@code tm:contentHash}.
     */
    public Result process(Incoming in) throws InputException {
        long t0 = cpuNanos();
        CleanedArticle article = withHints(clean(in.raw()), in.hints(), in.raw().sourceName());
        long t1 = cpuNanos();
        cleanNanos.add(t1 - t0);
        Extraction x = extract(article);
        long t2 = cpuNanos();
        extractNanos.add(t2 - t1);
        Node name = ArticleGraph.graphName(article);
        Graph g = graphs.build(x);
        g.add(Triple.create(name, CONTENT_HASH, NodeFactory.createLiteralString(contentHash(in.raw()))));
        rdfNanos.add(cpuNanos() - t2);
        return new Result(article, x, name, g);
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of the calling thread, so stage times stay true on a machine busy with other work. */
    static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** CPU time spent in each stage by {@link #process(Incoming)} so far, summed over all threads: clean, extract, rdf. */
    public StageTimes stageTimes() {
        return new StageTimes(cleanNanos.sum() / 1e9, extractNanos.sum() / 1e9, rdfNanos.sum() / 1e9);
    }

    /** CPU seconds spent in each stage, summed over threads. */
    public record StageTimes(double clean, double extract, double rdf) {
    }

    /** The graph an input's article goes to, known before any cleaning. */
    public static Node graphName(RawArticle raw) {
        return Iris.article(raw.sourceName());
    }

    /**
     * SHA-256 (hex) of the input's bytes and format together with the fingerprint of the extractor knowledge, so
     * that editing the gazetteer or frames makes every article look new to an incremental build.
     */
    public String contentHash(RawArticle raw) {
        MessageDigest md = sha256();
        md.update(knowledgeFingerprint);
        md.update((byte) raw.format().ordinal());
        md.update(raw.content());
        return HexFormat.of().formatHex(md.digest());
    }

    private static CleanedArticle withHints(CleanedArticle a, Hints h, String where) throws InputException {
        if (h.isEmpty())
            return a;
        LocalDate date = a.datePublished();
        if (h.datePublished() != null) {
            String d = h.datePublished();
            try {
                date = LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
            } catch (DateTimeParseException e) {
                throw new InputException(where, "date \"" + d + "\" is not an ISO date (2025-03-14)");
            }
        }
        return new CleanedArticle(a.source(), h.headline() != null ? h.headline() : a.headline(), date,
                h.author() != null ? h.author() : a.author(), h.url() != null ? h.url() : a.url(), a.body());
    }

    private static byte[] fingerprint(Path extractorFolder) {
        MessageDigest md = sha256();
        String version = Pipeline.class.getPackage().getImplementationVersion();
        md.update(String.valueOf(version).getBytes(StandardCharsets.UTF_8));
        for (String name : List.of("gazetteer.jsonl", "lexicon.json", "frames.json", "clutter.json")) {
            try (InputStream in = open(extractorFolder, name)) {
                md.update(name.getBytes(StandardCharsets.UTF_8));
                if (in != null)
                    md.update(in.readAllBytes());
            } catch (IOException e) {
                // a missing file fails when the knowledge is loaded; the fingerprint just goes without it
            }
        }
        return md.digest();
    }

    private static InputStream open(Path folder, String name) throws IOException {
        if (folder != null && Files.isRegularFile(folder.resolve(name)))
            return Files.newInputStream(folder.resolve(name));
        return Pipeline.class.getClassLoader().getResourceAsStream("techmil/extractor/" + name);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
