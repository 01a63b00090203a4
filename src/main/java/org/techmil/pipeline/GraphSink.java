package org.techmil.pipeline;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Where a build puts article graphs: the local TDB2 store or a remote SPARQL store. Graphs are put in batches;
 * a batch is kept whole or not at all, so a store only ever holds whole articles. Every call but
 * {@link #contentHashes()} comes from one thread, the build's writer.
 */
public interface GraphSink extends AutoCloseable {
    /** For every article graph already in the store, its name (IRI) and its {@code tm:contentHash}. */
    Map<String, String> contentHashes();

    /** Replaces graph {@code name} with {@code graph} in the open batch, opening one if needed. */
    void put(Node name, Graph graph);

    /**
     * Adds {@code graph}'s triples to graph {@code name} in the open batch, keeping what the graph already holds;
     * for a graph whose quads come in several parts ({@link QuadLoader}).
     */
    default void add(Node name, Graph graph) {
        throw new UnsupportedOperationException(where() + " takes whole graphs only");
    }

    /** Makes the open batch durable, all of it; nothing when no batch is open. */
    void commit();

    /** Drops the open batch, if any. */
    void abort();

    /** Where the graphs go, for messages: a folder or a URL. */
    String where();

    @Override
    default void close() {
    }
}
