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

    /**
     * The layout of the store this techmil writes, in the file {@value #FORMAT_FILE} of the store folder. A store
     * whose file names a higher number was written by a newer techmil and is refused before anything in it is
     * touched; a store without the file predates it and counts as format 1.
     */
    public static final int FORMAT = 1;
    public static final String FORMAT_FILE = "techmil-store-format";

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
        if (exists)
            checkFormat(folder, dir);
        try {
            if (!exists)
                Files.createDirectories(dir);
            if (!Files.isWritable(dir) && create)
                throw new StoreException("store folder " + folder + " is not writable");
            // the marker goes first, so that a build killed while TDB2 lays out its files leaves a folder that
            // is still known as a store (and is finished by the next build) rather than a foreign, non-empty one
            if (create && isEmpty(dir))
                Files.writeString(dir.resolve(FORMAT_FILE), FORMAT + "\n");
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
            if (create && !Files.exists(dir.resolve(FORMAT_FILE)))
                Files.writeString(dir.resolve(FORMAT_FILE), FORMAT + "\n");
            return new Store(folder, dsg);
        } catch (IOException e) {
            throw new StoreException("cannot create store folder " + folder + ": " + e.getMessage(), e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException | InternalError e) {
            throw new StoreException("cannot open store " + folder + ": " + why(e, dir), e);
        }
    }

    private static void checkFormat(Path folder, Path dir) {
        Path file = dir.resolve(FORMAT_FILE);
        if (!Files.exists(file))
            return;
        int format;
        try {
            format = Integer.parseInt(Files.readString(file).strip());
        } catch (IOException | NumberFormatException e) {
            throw new StoreException("store " + folder + " has an unreadable " + FORMAT_FILE + " file: " + oneLine(e));
        }
        if (format > FORMAT)
            throw new StoreException("store " + folder + " was written by a newer techmil (store format " + format
                    + ", this one reads up to " + FORMAT + "); use that version, or build a new store");
    }

    /**
     * Why a store operation failed, in words: a full disk shows up in TDB2's memory-mapped files as an
     * {@link InternalError} ("a fault occurred in an unsafe memory access operation"), a lock held by another
     * process as "Failed to get a lock".
     */
    static String why(Throwable e, Path dir) {
        String m = oneLine(e);
        java.util.regex.Matcher lock = java.util.regex.Pattern.compile("held by process (\\d+)").matcher(m);
        if (m.contains("Failed to get a lock") && lock.find())
            return "in use by process " + lock.group(1) + " (a build, query or serve on the same store); try again when it ends";
        if (e instanceof InternalError || m.contains("No space left on device")) {
            long free = -1;
            try {
                free = Files.getFileStore(Files.exists(dir) ? dir : dir.getParent()).getUsableSpace();
            } catch (IOException | RuntimeException ignored) {
                // the message below goes without the free space
            }
            return (free >= 0 && free < 64L * 1024 * 1024 ? "the disk is full (" + free / 1024 + " KB free)"
                    : "a memory-mapped store file could not be written (is the disk full?)") + ": " + m;
        }
        if (m.contains("Read-only file system") || Files.isDirectory(dir) && !Files.isWritable(dir))
            return "the store folder is read-only (TDB2 writes a lock file even to read): " + m;
        return m;
    }

    static boolean isStore(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().startsWith("Data-")
                    || p.getFileName().toString().equals(FORMAT_FILE));
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
        } catch (RuntimeException | InternalError e) {
            throw failed("write to store " + folder + " failed, nothing of it was kept", e);
        }
    }

    /** A write that failed, as one line saying why; also for writers that run their own transactions. */
    public StoreException failed(String what, Throwable e) {
        return new StoreException(what + ": " + why(e, folder.toAbsolutePath().normalize()), e);
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
