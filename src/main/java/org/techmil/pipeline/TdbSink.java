package org.techmil.pipeline;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.techmil.store.Store;
import org.techmil.store.StoreException;

/** Puts article graphs into a TDB2 store, one write transaction per batch. */
public final class TdbSink implements GraphSink {
    private final Store store;
    private final DatasetGraph dsg;
    private boolean open;

    public TdbSink(Store store) {
        this.store = store;
        this.dsg = store.datasetGraph();
    }

    @Override
    public Map<String, String> contentHashes() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> hashes = new HashMap<>();
            dsg.find(Node.ANY, Node.ANY, Pipeline.CONTENT_HASH, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().isURI() && q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral())
                    hashes.put(q.getGraph().getURI(), q.getObject().getLiteralLexicalForm());
            });
            return hashes;
        });
    }

    @Override
    public void put(Node name, Graph graph) {
        write(name, graph, true);
    }

    @Override
    public void add(Node name, Graph graph) {
        write(name, graph, false);
    }

    private void write(Node name, Graph graph, boolean replace) {
        try {
            if (!open) {
                dsg.begin(TxnType.WRITE);
                open = true;
            }
            if (replace)
                dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            graph.find().forEachRemaining(t -> dsg.add(new Quad(name, t)));
        } catch (RuntimeException | InternalError e) {
            safeAbort();
            throw store.failed("write to store " + store.folder() + " failed, the open batch was dropped", e);
        }
    }

    @Override
    public void commit() {
        if (!open)
            return;
        try {
            dsg.commit();
        } catch (RuntimeException | InternalError e) {
            safeAbort();
            throw store.failed("commit to store " + store.folder() + " failed, the batch was dropped", e);
        } finally {
            if (open) {
                dsg.end();
                open = false;
            }
        }
    }

    @Override
    public void abort() {
        if (!open)
            return;
        open = false;
        try {
            dsg.abort();
        } finally {
            dsg.end();
        }
    }

    /** Aborts after a failed write; a second failure (the disk still full) does not hide the first. */
    private void safeAbort() {
        try {
            abort();
        } catch (RuntimeException | InternalError ignored) {
            open = false;
        }
    }

    @Override
    public String where() {
        return store.folder().toString();
    }

    /** Compacts the store into a new generation and deletes the old one (TDB2 never reuses freed blocks). */
    public static void compact(Store store) {
        try {
            DatabaseMgr.compact(store.datasetGraph(), true);
        } catch (RuntimeException e) {
            throw new StoreException("compacting store " + store.folder() + " failed: " + oneLine(e), e);
        }
    }

    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
