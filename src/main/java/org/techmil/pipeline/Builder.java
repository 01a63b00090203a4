package org.techmil.pipeline;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.techmil.ingest.InputException;
import org.techmil.ingest.Inputs;
import org.techmil.rdf.Vocab;
import org.techmil.store.Bundled;
import org.techmil.store.Store;
import org.techmil.store.StoreException;

/**
 * Builds articles into a store: the ontology graph first, then each article in its own write transaction, so
 * that a bad input is reported on one line and skipped while the rest still load. A stop request (Ctrl-C) ends
 * the build after the article in hand.
 */
public final class Builder {
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(2);
    private final Pipeline pipeline;
    private final PrintWriter err;
    private volatile boolean stopRequested;
    private final CountDownLatch finished = new CountDownLatch(1);

    public Builder(Pipeline pipeline, PrintWriter err) {
        this.pipeline = pipeline;
        this.err = err;
    }

    /** Asks the build to stop after the current article and waits a little for it to do so. */
    public void requestStop() {
        stopRequested = true;
        try {
            finished.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public BuildSummary build(Store store, List<Path> files) {
        long t0 = System.nanoTime();
        long lastProgress = t0;
        int articles = 0;
        int claims = 0;
        int failed = 0;
        try {
            store.replaceGraph(Vocab.ONTOLOGY_GRAPH, Bundled.ontology());
            for (int i = 0; i < files.size() && !stopRequested; i++) {
                Path file = files.get(i);
                try {
                    Pipeline.Result r = pipeline.process(Inputs.read(file));
                    store.replaceGraph(r.graphName(), r.graph());
                    articles++;
                    claims += r.extraction().claims().size();
                } catch (InputException e) {
                    failed++;
                    err.println("techmil: " + e.getMessage());
                    err.flush();
                } catch (StoreException e) {
                    throw e;
                } catch (RuntimeException e) {
                    failed++;
                    err.println("techmil: " + file.getFileName() + ": " + e);
                    err.flush();
                }
                long now = System.nanoTime();
                if (now - lastProgress > PROGRESS_EVERY_NANOS && i + 1 < files.size()) {
                    lastProgress = now;
                    double secs = (now - t0) / 1e9;
                    double rate = (i + 1) / secs;
                    err.printf(Locale.ROOT, "built %d/%d inputs, %.1f articles/s, about %.0f s to go%n",
                            i + 1, files.size(), rate, (files.size() - i - 1) / rate);
                    err.flush();
                }
            }
            return new BuildSummary(articles, claims, failed, store.quadCount(), (System.nanoTime() - t0) / 1e9,
                    stopRequested);
        } finally {
            finished.countDown();
        }
    }
}
