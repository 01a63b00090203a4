package org.techmil.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.techmil.ingest.ArticleHandler;
import org.techmil.ingest.ArticleReader;
import org.techmil.ingest.Incoming;
import org.techmil.ingest.InputException;
import org.techmil.ingest.Inputs;
import org.techmil.rdf.Vocab;
import org.techmil.store.Bundled;
import org.techmil.store.Store;

/**
 * Builds articles into a store. The calling thread reads the inputs (streamed: WARC and JSON-lines files one
 * record at a time); a pool of workers cleans and extracts them in parallel; one writer puts the results into
 * the sink <em>in input order</em>, through a bounded queue, and commits a batch every {@code batchArticles}
 * articles or {@code batchQuads} quads. A bad input is reported on one line and skipped while the rest still
 * load; an article whose content hash the store already holds is skipped unread. A stop request (Ctrl-C) ends
 * the build after the articles in hand, which are committed: the store only ever holds whole articles.
 */
public final class Builder {
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /**
     * How a build runs.
     *
     * @param threads       workers that clean and extract (at least 1)
     * @param batchArticles articles per write transaction (at least 1)
     * @param batchQuads    quads after which a batch is committed early (at least 1)
     * @param rebuild       build every input even when the store holds its content hash
     */
    public record Options(int threads, int batchArticles, long batchQuads, boolean rebuild) {
        public Options {
            if (threads < 1 || batchArticles < 1 || batchQuads < 1)
                throw new IllegalArgumentException("threads, batch articles and batch quads must be at least 1: "
                        + threads + ", " + batchArticles + ", " + batchQuads);
        }

        /** One worker per core, 5,000 articles or 1,000,000 quads per transaction, skipping unchanged articles. */
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), 5000, 1_000_000, false);
        }
    }

    private final Pipeline pipeline;
    private final PrintWriter err;
    private final Options options;
    private final StopSignal stop = new StopSignal();

    /**
     * Where the time of the last build went, for {@code build --stats} and benchmarks.
     *
     * @param stages    CPU seconds in clean, extract and rdf, summed over workers
     * @param write     CPU seconds the writer spent putting graphs into the sink
     * @param writeWall wall-clock seconds of the same
     * @param commit    wall-clock seconds the writer spent committing batches (mostly waiting for the disk)
     * @param commits   batches committed (the ontology's included)
     * @param peakHeap  the peak heap use the JVM's memory pools report, in bytes (an upper bound: pools peak
     *                  at different moments)
     */
    public record Stats(Pipeline.StageTimes stages, double write, double writeWall, double commit, int commits,
                        long peakHeap) {
        public String line(int articles) {
            return String.format(Locale.ROOT, "stages (CPU seconds, articles per CPU second): "
                    + "clean %.1f s (%.0f/s), extract %.1f s (%.0f/s), rdf %.1f s (%.0f/s); put %.1f s (%.0f/s, %.1f s wall); "
                    + "commit %.1f s wall in %d batches; peak heap %d MB",
                    stages.clean(), per(articles, stages.clean()), stages.extract(), per(articles, stages.extract()),
                    stages.rdf(), per(articles, stages.rdf()), write, per(articles, write), writeWall, commit, commits,
                    peakHeap / (1024 * 1024));
        }

        private static double per(int n, double secs) {
            return secs <= 0 ? 0 : n / secs;
        }
    }

    private volatile Stats lastStats;

    /** Timings of the last build that finished, or null. */
    public Stats stats() {
        return lastStats;
    }

    static long peakHeapBytes() {
        long peak = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans())
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getPeakUsage() != null)
                peak += pool.getPeakUsage().getUsed();
        return peak;
    }

    public Builder(Pipeline pipeline, PrintWriter err) {
        this(pipeline, err, Options.defaults());
    }

    public Builder(Pipeline pipeline, PrintWriter err, Options options) {
        this.pipeline = pipeline;
        this.err = err;
        this.options = options;
    }

    /** Asks the build to stop after the articles in hand and waits a little for it to commit them. */
    public void requestStop() {
        stop.requestAndWait();
    }

    /** Builds into the TDB2 store. */
    public BuildSummary build(Store store, List<Path> files) {
        return build(new TdbSink(store), files);
    }

    /** What became of one input. */
    private sealed interface Outcome {
    }

    private record Built(Pipeline.Result result) implements Outcome {
    }

    private record Unchanged() implements Outcome {
    }

    private record Failed(String message) implements Outcome {
    }

    /** Marks the end of the inputs in the writer's queue. */
    private static final Future<Outcome> END = CompletableFuture.completedFuture(null);

    public BuildSummary build(GraphSink sink, List<Path> files) {
        long t0 = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "techmil-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            sink.put(Vocab.ONTOLOGY_GRAPH, Bundled.ontology());
            sink.commit();
            Pipeline.StageTimes before = pipeline.stageTimes();
            Map<String, String> known = options.rebuild() ? Map.of() : sink.contentHashes();
            long totalBytes = Inputs.totalBytes(files);
            Writer writer = new Writer(sink, t0, totalBytes, new ArrayBlockingQueue<>(Math.max(16, options.threads() * 8)));
            Thread writerThread = new Thread(writer, "techmil-writer");
            writerThread.start();
            ArticleHandler reader = new ArticleHandler() {
                @Override
                public boolean article(Incoming in) {
                    if (stop.requested() || writer.error != null)
                        return false;
                    writer.offer(workers.submit(() -> process(in, known)));
                    return true;
                }

                @Override
                public void failed(InputException e) {
                    writer.offer(CompletableFuture.completedFuture(new Failed(e.getMessage())));
                }

                @Override
                public void progress(long bytes) {
                    writer.bytesRead.addAndGet(bytes);
                }
            };
            try {
                ArticleReader.readAll(files, reader);
            } finally {
                writer.offer(END);
            }
            try {
                writerThread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.request();
                writerThread.interrupt();
            }
            if (writer.error != null)
                throw writer.error;
            Pipeline.StageTimes after = pipeline.stageTimes();
            lastStats = new Stats(new Pipeline.StageTimes(after.clean() - before.clean(), after.extract() - before.extract(),
                    after.rdf() - before.rdf()), writer.batches.writeSeconds(), writer.batches.writeWallSeconds(),
                    writer.batches.commitSeconds(), writer.batches.commits(), peakHeapBytes());
            return new BuildSummary(writer.articles, writer.claims, writer.failed, writer.unchanged, writer.quads,
                    (System.nanoTime() - t0) / 1e9, stop.requested());
        } finally {
            workers.shutdownNow();
            stop.finished();
        }
    }

    private Outcome process(Incoming in, Map<String, String> known) {
        String name = in.raw().sourceName();
        try {
            if (!known.isEmpty()) {
                String had = known.get(Pipeline.graphName(in.raw()).getURI());
                if (had != null && had.equals(pipeline.contentHash(in.raw())))
                    return new Unchanged();
            }
            return new Built(pipeline.process(in));
        } catch (InputException e) {
            return new Failed(e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Failed(name + ": " + e);
        } catch (OutOfMemoryError e) {
            // one article too large for the heap: what it held is garbage now, and the build goes on without it
            return new Failed(name + ": out of memory in a heap of " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB; build it alone or with a larger -Xmx (TECHMIL_JAVA_OPTS)");
        }
    }

    /** Takes outcomes in input order, reports failures, and writes the articles batch by batch. */
    private final class Writer implements Runnable {
        final BatchWriter batches;
        private final long t0;
        private final long totalBytes;
        private final BlockingQueue<Future<Outcome>> queue;
        final AtomicLong bytesRead = new AtomicLong();
        volatile RuntimeException error;
        int articles;
        int claims;
        int failed;
        int unchanged;
        long quads;
        private long lastProgress;

        Writer(GraphSink sink, long t0, long totalBytes, BlockingQueue<Future<Outcome>> queue) {
            this.batches = new BatchWriter(sink, options.batchArticles(), options.batchQuads());
            this.t0 = t0;
            this.totalBytes = totalBytes;
            this.queue = queue;
            this.lastProgress = t0;
        }

        void offer(Future<Outcome> f) {
            try {
                while (!queue.offer(f, 200, TimeUnit.MILLISECONDS))
                    if (error != null)
                        return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop.request();
            }
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Future<Outcome> f = queue.take();
                    if (f == END)
                        break;
                    if (error != null)
                        continue;
                    accept(outcome(f));
                    progress();
                }
                batches.commit();
            } catch (RuntimeException e) {
                error = e;
                safeAbort();
            } catch (InterruptedException e) {
                safeAbort();
                Thread.currentThread().interrupt();
            }
        }

        private void safeAbort() {
            batches.safeAbort();
            queue.clear();
        }

        private Outcome outcome(Future<Outcome> f) throws InterruptedException {
            try {
                return f.get();
            } catch (ExecutionException e) {
                return new Failed(String.valueOf(e.getCause()));
            }
        }

        private void accept(Outcome o) {
            switch (o) {
                case Failed x -> {
                    failed++;
                    err.println("techmil: " + x.message());
                    err.flush();
                }
                case Unchanged u -> unchanged++;
                case Built b -> {
                    Pipeline.Result r = b.result();
                    quads += batches.put(r.graphName(), r.graph());
                    articles++;
                    claims += r.extraction().claims().size();
                }
            }
        }

        private void progress() {
            long now = System.nanoTime();
            if (now - lastProgress < PROGRESS_EVERY_NANOS || bytesRead.get() >= totalBytes)
                return; // nothing to report yet, or every input read: the summary follows soon
            lastProgress = now;
            double secs = (now - t0) / 1e9;
            int done = articles + unchanged + failed;
            double rate = done / secs;
            long read = bytesRead.get();
            InputProgress p = new InputProgress(read, totalBytes, secs);
            err.printf(Locale.ROOT, "built %,d inputs (%,d unchanged, %,d failed), %.0f%% of input read, %.1f articles/s%s%n",
                    done, unchanged, failed, p.percent(), rate, p.etaSuffix());
            err.flush();
        }
    }

}
