package org.techmil.pipeline;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.techmil.ingest.InputException;
import org.techmil.ingest.Inputs;
import org.techmil.rdf.Vocab;
import org.techmil.store.Bundled;
import org.techmil.store.StoreException;

/**
 * Loads N-Quads and TriG files (plain or gzipped), such as {@code techmil extract --format nquads} and the Spark
 * job write them, into a store, keeping its conventions: every named graph of the input replaces the graph of
 * that name, whole; a graph whose {@code tm:contentHash} the store already holds for it is skipped; graphs go
 * into the store batch by batch through the same {@link BatchWriter} as {@code build}'s. Files are parsed with
 * RIOT as streams, on a thread of their own ({@link ParseAhead}): one graph is held in memory at a time. The quads of a graph are expected together, as techmil
 * writes them; a graph whose quads come in several runs (a sorted file) is loaded all the same, its later runs
 * added to its first. A file that fails to parse is reported on one line with its line and column, and loading
 * goes on with the next file; the graphs before the error are loaded, each whole. Triples in the default graph
 * are not loaded (techmil keeps every triple in a named graph) and make their file count as failed. A graph's
 * triples go into the store in the order of the input, so that loading what {@code extract --format nquads} wrote
 * gives the store {@code build} gives, down to TDB2's internal ids (which order the rows ARQ meets; the kept rows
 * of the listings do not depend on them, see {@link org.techmil.store.ConcatOrder}).
 */
public final class QuadLoader {
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** File name endings read when a folder is walked (each also gzipped: {@code .nq.gz}). */
    public static final List<String> RDF_SUFFIXES = List.of(".nq", ".nquads", ".trig");

    /**
     * How a load runs.
     *
     * @param batchGraphs graphs per write transaction (at least 1)
     * @param batchQuads  quads after which a batch is committed early (at least 1)
     * @param reload      load every graph even when the store holds its content hash
     */
    public record Options(int batchGraphs, long batchQuads, boolean reload) {
        public Options {
            if (batchGraphs < 1 || batchQuads < 1)
                throw new IllegalArgumentException("batch graphs and batch quads must be at least 1: " + batchGraphs + ", " + batchQuads);
        }
    }

    /**
     * What a load did.
     *
     * @param graphs      graphs written
     * @param unchanged   graphs skipped because the store holds them with the same content hash
     * @param quads       quads written
     * @param failed      input files that failed, wholly or from some line on
     * @param seconds     wall-clock time of the load
     * @param interrupted whether a stop request (Ctrl-C) ended it early
     */
    public record Summary(int graphs, int unchanged, long quads, int failed, double seconds, boolean interrupted) {
        public String line() {
            return String.format(Locale.ROOT, "%sloaded %,d graph%s, %,d quads, %d input%s failed in %.1f s (%s%,.0f quads/s)",
                    interrupted ? "interrupted: " : "", graphs, graphs == 1 ? "" : "s", quads, failed, failed == 1 ? "" : "s",
                    seconds, unchanged > 0 ? String.format(Locale.ROOT, "%,d unchanged skipped, ", unchanged) : "",
                    seconds <= 0 ? 0 : quads / seconds);
        }
    }

    /**
     * Where the time of the last load went, for {@code load --stats} and benchmarks.
     *
     * @param write     CPU seconds spent putting graphs into the sink
     * @param writeWall wall-clock seconds of the same
     * @param commit    wall-clock seconds spent committing
     * @param commits   batches committed (the ontology's included)
     * @param peakHeap  the peak heap use the JVM's memory pools report, in bytes
     */
    public record Stats(double write, double writeWall, double commit, int commits, long peakHeap) {
        public String line(long quads) {
            return String.format(Locale.ROOT, "writer: put %.1f s of CPU (%.1f s wall), commit %.1f s wall in %d batches: "
                    + "%,.0f quads/s for put and commit (wall); peak heap %d MB", write, writeWall, commit, commits,
                    writeWall + commit <= 0 ? 0 : quads / (writeWall + commit), peakHeap / (1024 * 1024));
        }
    }

    private final PrintWriter err;
    private final Options options;
    private final StopSignal stop = new StopSignal();
    private volatile Stats lastStats;

    public QuadLoader(PrintWriter err, Options options) {
        this.err = err;
        this.options = options;
    }

    /** Asks the load to stop after the graph in hand and waits a little for it to commit the batch. */
    public void requestStop() {
        stop.requestAndWait();
    }

    /** Timings of the last load that finished, or null. */
    public Stats stats() {
        return lastStats;
    }

    /**
     * The RDF files under the given paths, in a stable order: files named are taken whatever their names, folders
     * are walked for {@link #RDF_SUFFIXES} (and their {@code .gz} forms) and Spark's {@code part-NNNNN} files;
     * hidden files and those starting with {@code _} ({@code _SUCCESS}) are skipped.
     */
    public static List<Path> expand(List<Path> paths) throws InputException {
        return Inputs.expand(paths, f -> lang(f) != null, "_");
    }

    /** The syntax of a file by its name: N-Quads or TriG, gzipped or not, and Spark's parts as N-Quads; else null. */
    public static Lang lang(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz"))
            name = name.substring(0, name.length() - 3);
        if (name.endsWith(".nq") || name.endsWith(".nquads"))
            return Lang.NQUADS;
        if (name.endsWith(".trig"))
            return Lang.TRIG;
        if (name.matches("part-\\d+(-.*)?(\\.txt)?"))
            return Lang.NQUADS;
        return null;
    }

    /** Why a file cannot be loaded before it is opened (its syntax unknown, or unreadable), or null if it can. */
    public static String problem(Path file) {
        if (lang(file) == null)
            return "not N-Quads or TriG by its name (load reads .nq, .nquads, .trig, their .gz forms and Spark's part-NNNNN files)";
        if (!Files.isReadable(file))
            return "cannot read the file";
        return null;
    }

    /** Loads the files into the sink: the bundled ontology first, then each file's graphs, batch by batch. */
    public Summary load(GraphSink sink, List<Path> files) {
        long t0 = System.nanoTime();
        try {
            BatchWriter batches = new BatchWriter(sink, options.batchGraphs(), options.batchQuads());
            batches.put(Vocab.ONTOLOGY_GRAPH, Bundled.ontology());
            batches.commit();
            Map<String, String> known = options.reload() ? Map.of() : sink.contentHashes();
            Run run = new Run(batches, known, t0, Inputs.totalBytes(files));
            try {
                for (Path file : files) {
                    if (stop.requested())
                        break;
                    run.file(file);
                }
                batches.commit();
            } catch (RuntimeException e) {
                batches.safeAbort();
                throw e;
            }
            lastStats = new Stats(batches.writeSeconds(), batches.writeWallSeconds(), batches.commitSeconds(),
                    batches.commits(), Builder.peakHeapBytes());
            return new Summary(run.graphs, run.unchanged, run.quads, run.failed, (System.nanoTime() - t0) / 1e9, stop.requested());
        } finally {
            stop.finished();
        }
    }

    /** Thrown through the parser to stop at a graph boundary. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super("stop requested", null, false, false);
        }
    }

    /** One load: groups each file's quads by graph and writes each graph as it completes. */
    private final class Run extends StreamRDFBase {
        private final BatchWriter batches;
        private final Map<String, String> known;
        private final long t0;
        private final long totalBytes;
        /** Graphs met in this load: true when written, false when skipped as unchanged. */
        private final Map<Node, Boolean> met = new HashMap<>();
        private long bytesDone;
        private long lastProgress;
        int graphs;
        int unchanged;
        int failed;
        long quads;
        private Node current;
        private Graph pending;
        private long defaultTriples;
        private int graphsOfFile;
        private CountingStream counting;

        Run(BatchWriter batches, Map<String, String> known, long t0, long totalBytes) {
            this.batches = batches;
            this.known = known;
            this.t0 = t0;
            this.totalBytes = totalBytes;
            this.lastProgress = t0;
        }

        void file(Path file) {
            String name = file.getFileName().toString();
            String problem = problem(file);
            if (problem != null) {
                fail(name + ": " + problem);
                return;
            }
            current = null;
            pending = null;
            defaultTriples = 0;
            graphsOfFile = 0;
            try (InputStream raw = Files.newInputStream(file)) {
                counting = new CountingStream(raw);
                InputStream in = name.toLowerCase(Locale.ROOT).endsWith(".gz")
                        ? new GZIPInputStream(counting, 1 << 16) : new BufferedInputStream(counting, 1 << 16);
                ParseAhead.parse(RDFParser.source(in).lang(lang(file)).base(file.toAbsolutePath().toUri().toString())
                        .errorHandler(THROWING), this);
                writePending();
                if (defaultTriples > 0)
                    fail(String.format(Locale.ROOT, "%s: %,d triples in the default graph were not loaded (techmil keeps every triple in a named graph of its own)",
                            name, defaultTriples));
            } catch (Stop stop) {
                // the graph in hand is dropped whole; the batch is committed by load()
            } catch (StoreException e) {
                throw e;
            } catch (RiotParseException e) {
                fail(String.format(Locale.ROOT, "%s: line %d, column %d: %s; %s", name, e.getLine(), e.getCol(),
                        oneLine(e.getOriginalMessage()), afterError()));
            } catch (IOException | RiotException e) {
                fail(name + ": " + oneLine(e.getMessage() == null ? e.toString() : e.getMessage()) + "; " + afterError());
            } catch (RuntimeException e) {
                if (e.getCause() instanceof StoreException se)
                    throw se;
                fail(name + ": " + oneLine(e.toString()) + "; " + afterError());
            } finally {
                bytesDone += counting == null ? 0 : counting.count;
                counting = null;
            }
        }

        private String afterError() {
            return graphsOfFile == 0 ? "nothing of it was loaded"
                    : String.format(Locale.ROOT, "its first %,d graphs were loaded, the graph in hand and the rest of the file were not", graphsOfFile);
        }

        private void fail(String message) {
            failed++;
            err.println("techmil: " + message);
            err.flush();
        }

        @Override
        public void triple(Triple triple) {
            defaultTriples++;
        }

        @Override
        public void quad(Quad quad) {
            Node g = quad.getGraph();
            if (g == null || quad.isDefaultGraph()) {
                defaultTriples++;
                return;
            }
            if (!g.equals(current)) {
                writePending();
                if (stop.requested())
                    throw new Stop();
                current = g;
                pending = new InputOrderGraph();
            }
            pending.add(quad.asTriple());
        }

        /** Writes the graph in hand, now complete, unless the store holds it unchanged. */
        private void writePending() {
            if (current == null)
                return;
            Node name = current;
            Graph graph = pending;
            current = null;
            pending = null;
            graphsOfFile++;
            Boolean written = met.get(name);
            if (written == null) {
                String hash = name.isURI() ? contentHash(name, graph) : null;
                if (hash != null && hash.equals(known.get(name.getURI()))) {
                    met.put(name, false);
                    unchanged++;
                } else {
                    met.put(name, true);
                    quads += batches.put(name, graph);
                    graphs++;
                }
            } else if (written) {
                quads += batches.add(name, graph);
            }
            progress();
        }

        private void progress() {
            long now = System.nanoTime();
            if (now - lastProgress < PROGRESS_EVERY_NANOS)
                return;
            lastProgress = now;
            double secs = (now - t0) / 1e9;
            long read = bytesDone + (counting == null ? 0 : counting.count);
            InputProgress p = new InputProgress(read, totalBytes, secs);
            err.printf(Locale.ROOT, "loaded %,d graphs (%,d unchanged), %,d quads, %.0f%% of input read, %,.0f quads/s%s%n",
                    graphs, unchanged, quads, p.percent(), quads / secs, p.etaSuffix());
            err.flush();
        }
    }

    /** The graph's {@code tm:contentHash}: on the node named like the graph, as build writes it. */
    private static String contentHash(Node name, Graph graph) {
        var it = graph.find(name, Pipeline.CONTENT_HASH, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral())
                    return o.getLiteralLexicalForm();
            }
            return null;
        } finally {
            it.close();
        }
    }

    /** Parse errors as exceptions with their line and column; warnings (odd IRIs) are let through, as build keeps them. */
    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    private static String oneLine(String m) {
        return m == null ? "" : m.replaceAll("\\s*\\R\\s*", " ").trim();
    }


    /** Counts the bytes read from the file, for progress. */
    private static final class CountingStream extends FilterInputStream {
        volatile long count; // written by the parser thread, read for progress

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0)
                count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0)
                count += n;
            return n;
        }
    }
}
