package org.techmil.pipeline;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Writes named graphs into a {@link GraphSink} batch by batch: a batch is committed once it holds
 * {@code batchGraphs} graphs or {@code batchQuads} quads, and the rest when {@link #commit()} is called. Keeps
 * the time spent putting and committing. Used from one thread, by {@code build}'s writer and by {@link QuadLoader}.
 */
public final class BatchWriter {
    private final GraphSink sink;
    private final int batchGraphs;
    private final long batchQuads;
    private int inBatch;
    private long quadsInBatch;
    private long writeNanos;
    private long writeWallNanos;
    private long commitNanos;
    private int commits;

    public BatchWriter(GraphSink sink, int batchGraphs, long batchQuads) {
        if (batchGraphs < 1 || batchQuads < 1)
            throw new IllegalArgumentException("batch graphs and batch quads must be at least 1: " + batchGraphs + ", " + batchQuads);
        this.sink = sink;
        this.batchGraphs = batchGraphs;
        this.batchQuads = batchQuads;
    }

    /** Replaces graph {@code name} with {@code graph}, committing the batch when it is full; returns the quads written. */
    public int put(Node name, Graph graph) {
        return write(name, graph, true);
    }

    /** Adds {@code graph}'s triples to graph {@code name}, keeping what it holds; returns the quads written. */
    public int add(Node name, Graph graph) {
        return write(name, graph, false);
    }

    private int write(Node name, Graph graph, boolean replace) {
        long w0 = Pipeline.cpuNanos();
        long wall0 = System.nanoTime();
        if (replace)
            sink.put(name, graph);
        else
            sink.add(name, graph);
        writeNanos += Pipeline.cpuNanos() - w0;
        writeWallNanos += System.nanoTime() - wall0;
        int n = graph.size();
        inBatch++;
        quadsInBatch += n;
        if (inBatch >= batchGraphs || quadsInBatch >= batchQuads)
            commit();
        return n;
    }

    /** Commits the open batch (counted even when it is empty, as the last commit of a build always was). */
    public void commit() {
        long c0 = System.nanoTime();
        sink.commit();
        commitNanos += System.nanoTime() - c0;
        commits++;
        inBatch = 0;
        quadsInBatch = 0;
    }

    /** Drops the open batch; a second failure does not hide the first. */
    public void safeAbort() {
        try {
            sink.abort();
        } catch (RuntimeException ignored) {
            // the first error is the one reported
        }
        inBatch = 0;
        quadsInBatch = 0;
    }

    /** CPU seconds spent putting graphs into the sink. */
    public double writeSeconds() {
        return writeNanos / 1e9;
    }

    /** Wall-clock seconds spent putting graphs into the sink. */
    public double writeWallSeconds() {
        return writeWallNanos / 1e9;
    }

    /** Wall-clock seconds spent committing. */
    public double commitSeconds() {
        return commitNanos / 1e9;
    }

    public int commits() {
        return commits;
    }
}
