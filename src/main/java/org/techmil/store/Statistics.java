package org.techmil.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.SolverLibTDB;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's statistics over the union of all named graphs, as {@code tdb2.tdbstats --graph urn:x-arq:UnionGraph} writes
 * them: how many triples each predicate has, and each rdf:type class. Written to {@code stats.opt} in the store's
 * current {@code Data-NNNN} folder, where TDB2 reads it when it opens the store and orders the patterns of each query
 * by how many matches they have, instead of by a fixed rule (which, for instance, starts from every claim with a
 * given subject before checking the rare tm:endDate). Rewritten after each build, import and index rebuild.
 */
public final class Statistics {
    /** The file TDB2 reads. */
    public static final String FILE = "stats.opt";

    private Statistics() {
    }

    /** Writes the statistics of {@code store}'s union graph; returns the number of distinct triples counted. */
    public static long write(Store store) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(store.datasetGraph());
        Path file = Path.of(tdb.getLocation().getPath(FILE));
        return Txn.calculateRead(tdb, () -> {
            NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
            StatsCollectorNodeId collector = new StatsCollectorNodeId(quads.getNodeTable());
            long n = 0;
            for (Iterator<Tuple<NodeId>> it = SolverLibTDB.unionGraph(quads); it.hasNext(); n++) {
                Tuple<NodeId> t = it.next(); // G, S, P, O (G: the union graph)
                int at = t.len() - 3;
                collector.record(null, t.get(at), t.get(at + 1), t.get(at + 2));
            }
            Path tmp = file.resolveSibling(FILE + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                Stats.write(out, collector.results());
            } catch (IOException e) {
                throw new StoreException("cannot write " + tmp + ": " + e.getMessage(), e);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
            }
            return n;
        });
    }
}
