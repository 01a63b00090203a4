package org.techmil.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.dboe.base.file.Location;

/**
 * The embedded Apache Jena TDB2 store that holds the knowledge graph: one named graph per article plus the
 * ontology graph. Every change runs in its own write transaction, so a failure or a kill leaves the last
 * committed state intact.
 */
public final class Store implements AutoCloseable {
    /** The folder a store lives in when the command line names none. */
    public static final String DEFAULT_FOLDER = "techmil-store";

    private final Path folder;
    private final DatasetGraph dsg;

    private Store(Path folder, DatasetGraph dsg) {
        this.folder = folder;
        this.dsg = dsg;
    }

    /** Opens the store at {@code folder}, creating it when {@code create} is set and it does not exist yet. */
    public static Store open(Path folder, boolean create) {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.isRegularFile(dir))
            throw new StoreException(folder + " is a file, not a store folder");
        boolean exists = Files.isDirectory(dir);
        if (exists && !isStore(dir) && !isEmpty(dir))
            throw new StoreException(folder + " is not a techmil (TDB2) store and not empty; choose another --store folder");
        if (!create && (!exists || !isStore(dir)))
            throw new StoreException("no store at " + folder + "; build one first: techmil build --store " + folder + " INPUT...");
        try {
            if (!exists)
                Files.createDirectories(dir);
            if (!Files.isWritable(dir) && create)
                throw new StoreException("store folder " + folder + " is not writable");
            return new Store(folder, DatabaseMgr.connectDatasetGraph(Location.create(dir)));
        } catch (IOException e) {
            throw new StoreException("cannot create store folder " + folder + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("cannot open store " + folder + ": " + oneLine(e), e);
        }
    }

    static boolean isStore(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    public Path folder() {
        return folder;
    }

    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** Replaces the named graph {@code name} with {@code graph} in one write transaction. */
    public void replaceGraph(Node name, Graph graph) {
        write(() -> {
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            graph.find().forEachRemaining(t -> dsg.add(new Quad(name, t)));
        });
    }

    /** Runs {@code action} in a write transaction: all of it is committed, or none of it. */
    public void write(Runnable action) {
        try {
            Txn.executeWrite(dsg, action);
        } catch (RuntimeException e) {
            throw new StoreException("write to store " + folder + " failed, nothing of it was kept: " + oneLine(e), e);
        }
    }

    /** Runs {@code action} in a read transaction and returns its result. */
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dsg, () -> action.apply(org.apache.jena.query.DatasetFactory.wrap(dsg)));
    }

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** Number of named graphs, the ontology graph included. */
    public long graphCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            var it = dsg.listGraphNodes();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        TDBInternal.expel(dsg);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
