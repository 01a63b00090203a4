package org.techmil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.cli.Run;
import org.techmil.cli.TechmilProcess;

/**
 * Stores that cannot be used: locked by another process, written by a newer techmil, in a read-only folder, on a
 * full disk. Each time: one line, a non-zero exit, and the store left as it was.
 * <p>
 * The read-only and full-disk cases mount a small tmpfs when the tests run as root (as CI does): root may write
 * to any folder whatever its mode, and only a file system can be really full. Run as another user, the
 * read-only case takes the write bits off the folder instead, and the full-disk case needs root.
 */
class StoreFaultsTest {
    private static final String ARTICLE = "examples/01-us-entity-list-servers.txt";
    private static final String OTHER = "examples/02-israel-elbit-palantir.txt";

    @TempDir
    Path dir;

    @Test
    void aStoreLockedByAnotherProcessIsOneLineAndExitTwo() throws Exception {
        Path store = built(dir.resolve("store"));
        String before = StoreDump.sortedNQuads(store);
        try (TechmilProcess serve = TechmilProcess.start(List.of("-Xmx256m"), "serve", "--store", store.toString(), "--port", "0")) {
            assertTrue(serve.awaitLines(l -> l.startsWith("techmil: serving"), 1, 120), "serve did not start: " + serve.errLines());
            for (String[] args : List.of(new String[]{"query", "--store", store.toString(), "entities"},
                    new String[]{"build", "--store", store.toString(), OTHER})) {
                Run r = Run.of(args);
                assertEquals(2, r.code(), args[0] + ": " + r.err());
                assertEquals(1, r.errLines().length, r.err());
                assertTrue(r.err().contains("in use by process " + serve.pid()), r.err());
            }
        }
        assertEquals(before, StoreDump.sortedNQuads(store), "the locked store changed");
    }

    @Test
    void aStoreFromANewerTechmilIsRefusedUntouched() throws Exception {
        Path store = built(dir.resolve("store"));
        Path format = store.resolve(Store.FORMAT_FILE);
        assertEquals(Integer.toString(Store.FORMAT), Files.readString(format).strip(), "a new store records its format");
        Files.writeString(format, (Store.FORMAT + 1) + "\n");
        String files = fingerprint(store);
        for (String[] args : List.of(new String[]{"query", "--store", store.toString(), "entities"},
                new String[]{"build", "--store", store.toString(), OTHER}, new String[]{"validate", "--store", store.toString()})) {
            Run r = Run.of(args);
            assertEquals(2, r.code(), args[0] + ": " + r.err());
            assertEquals(1, r.errLines().length, r.err());
            assertTrue(r.err().contains("was written by a newer techmil (store format " + (Store.FORMAT + 1)), r.err());
        }
        assertEquals(files, fingerprint(store), "no file of the store may change");
        Files.writeString(format, Store.FORMAT + "\n");
        assertEquals(0, Run.of("query", "--store", store.toString(), "entities").code(), "the same store, at our format, opens");
    }

    @Test
    void aStoreWithoutAFormatFileIsAnOlderOneAndGetsTheFileOnTheNextBuild() throws Exception {
        Path store = built(dir.resolve("store"));
        Files.delete(store.resolve(Store.FORMAT_FILE));
        assertEquals(0, Run.of("query", "--store", store.toString(), "entities").code());
        assertTrue(Files.notExists(store.resolve(Store.FORMAT_FILE)), "a query writes nothing");
        assertEquals(0, Run.of("build", "--store", store.toString(), OTHER).code());
        assertEquals(Integer.toString(Store.FORMAT), Files.readString(store.resolve(Store.FORMAT_FILE)).strip());
    }

    @Test
    void aStoreInAReadOnlyFolderIsOneLineAndExitTwo() throws Exception {
        boolean root = isRoot();
        Path folder = Files.createDirectories(dir.resolve("ro"));
        if (root)
            mountTmpfs(folder, 64);
        try {
            Path store = built(folder.resolve("store"));
            String before = StoreDump.sortedNQuads(store);
            String files = fingerprint(store);
            if (root)
                run("mount", "-o", "remount,ro", folder.toString());
            else
                setWritable(store, false);
            for (String[] args : List.of(new String[]{"build", "--store", store.toString(), OTHER},
                    new String[]{"query", "--store", store.toString(), "entities"})) {
                Run r = Run.of(args);
                assertEquals(2, r.code(), args[0] + ": " + r.err());
                assertEquals(1, r.errLines().length, r.err());
                assertTrue(r.err().contains("not writable") || r.err().contains("read-only"), r.err());
            }
            assertEquals(files, fingerprint(store), "no file of the store may change");
            if (root)
                run("mount", "-o", "remount,rw", folder.toString());
            else
                setWritable(store, true);
            assertEquals(before, StoreDump.sortedNQuads(store));
        } finally {
            if (root) // lazily: this JVM may still hold the store's memory-mapped files open
                run("umount", "-l", folder.toString());
        }
    }

    @Test
    void aFullDiskIsOneLineAndExitTwoAndTheStoreKeepsWhatItHad() throws Exception {
        assertTrue(isRoot(), "a full disk is a small tmpfs, which only root may mount (CI runs as root)");
        Path folder = Files.createDirectories(dir.resolve("full"));
        mountTmpfs(folder, 64);
        try {
            Path store = built(folder.resolve("store"));
            String before = StoreDump.sortedNQuads(store);
            Path filler = folder.resolve("filler");
            try (OutputStream out = Files.newOutputStream(filler)) {
                byte[] mb = new byte[1 << 20];
                while (true)
                    out.write(mb);
            } catch (IOException full) {
                // No space left on device: the disk is full
            }
            // a process of its own: a full disk reaches TDB2's memory-mapped files as SIGBUS
            try (TechmilProcess p = TechmilProcess.start(List.of("-Xmx256m"), "build", "--store", store.toString(), OTHER,
                    "examples/03-pentagon-list-tencent-catl.txt")) {
                int code = p.waitFor(120);
                List<String> lines = p.errLines();
                assertEquals(2, code, String.join("\n", lines));
                assertEquals(1, lines.size(), String.join("\n", lines));
                assertTrue(lines.getFirst().startsWith("techmil: ") && lines.getFirst().contains("the disk is full"), lines.getFirst());
            }
            Files.delete(filler);
            assertEquals(before, StoreDump.sortedNQuads(store), "the store lost or gained quads");
            assertEquals(0, Run.of("build", "--store", store.toString(), OTHER).code(), "with room again, the build goes through");
        } finally {
            // lazily: this JVM may still hold the store's memory-mapped files open after the in-process build
            run("umount", "-l", folder.toString());
        }
    }

    private static Path built(Path store) {
        Run r = Run.of("build", "--store", store.toString(), ARTICLE);
        assertEquals(0, r.code(), r.err());
        return store;
    }

    /** SHA-256 over every file of the folder, names and bytes. */
    private static String fingerprint(Path folder) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                md.update(folder.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void setWritable(Path folder, boolean writable) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.toList())
                p.toFile().setWritable(writable, false);
        }
    }

    private static boolean isRoot() throws Exception {
        Process p = new ProcessBuilder("id", "-u").start();
        String uid = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor();
        return uid.equals("0");
    }

    private static void mountTmpfs(Path folder, int megabytes) throws Exception {
        run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", folder.toString());
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + out);
    }
}
