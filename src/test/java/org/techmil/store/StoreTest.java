package org.techmil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    private static final Node G = NodeFactory.createURI("https://example.org/g");

    private static Graph graphOf(int n) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++)
            g.add(Triple.create(NodeFactory.createURI("https://example.org/s" + i),
                    NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString("v" + i)));
        return g;
    }

    @Test
    void replacingAGraphDropsItsOldTriples(@TempDir Path dir) {
        try (Store s = Store.open(dir.resolve("st"), true)) {
            s.replaceGraph(G, graphOf(5));
            s.replaceGraph(G, graphOf(2));
            assertEquals(2, s.quadCount());
        }
    }

    @Test
    void aFailedWriteLeavesTheStoreAsItWas(@TempDir Path dir) {
        try (Store s = Store.open(dir.resolve("st"), true)) {
            s.replaceGraph(G, graphOf(3));
            assertThrows(StoreException.class, () -> s.write(() -> {
                s.datasetGraph().deleteAny(G, Node.ANY, Node.ANY, Node.ANY);
                throw new IllegalStateException("disk on fire");
            }));
            assertEquals(3, s.quadCount());
        }
    }

    @Test
    void refusesAFolderThatIsNotAStore(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "precious");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir, true));
        assertTrue(e.getMessage().contains("not a techmil (TDB2) store"), e.getMessage());
    }

    @Test
    void refusesAFileAsStore(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("f"), "x");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(file, true));
        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    }

    @Test
    void aStoreKilledWhileTdb2LaidOutItsFilesIsFinishedByTheNextBuild(@TempDir Path dir) throws Exception {
        // the marker is written before TDB2's files; a kill in between leaves the marker and some stray file
        Path folder = Files.createDirectories(dir.resolve("st"));
        Files.writeString(folder.resolve(Store.FORMAT_FILE), Store.FORMAT + "\n");
        Files.writeString(folder.resolve("tdb.lock"), "");
        try (Store s = Store.open(folder, true)) {
            s.replaceGraph(G, graphOf(2));
            assertEquals(2, s.quadCount());
        }
    }

    @Test
    void aNewStoreCarriesItsFormatMarker(@TempDir Path dir) {
        try (Store s = Store.open(dir.resolve("st"), true)) {
            assertTrue(Files.exists(dir.resolve("st").resolve(Store.FORMAT_FILE)));
        }
    }
}
