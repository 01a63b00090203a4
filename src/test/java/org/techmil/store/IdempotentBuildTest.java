package org.techmil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.cli.Run;

/** Building the same articles again, or in another order, gives exactly the same store. */
class IdempotentBuildTest {
    @Test
    void buildingTwiceLeavesTheSameQuads(@TempDir Path dir) {
        Path store = dir.resolve("store");
        assertEquals(0, Run.of("build", "--store", store.toString(), "examples").code());
        String first = sortedNQuads(store);
        assertEquals(0, Run.of("build", "--store", store.toString(), "examples").code());
        String second = sortedNQuads(store);
        assertTrue(first.lines().count() > 1000, "examples should give a sizeable graph");
        assertSameQuads(first, second);
    }

    @Test
    void inputOrderDoesNotMatter(@TempDir Path dir) throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            files = s.map(Path::toString).filter(n -> n.endsWith(".txt") || n.endsWith(".html")).sorted().toList();
        }
        String[] forward = concat(new String[]{"build", "--store", dir.resolve("a").toString()}, files);
        String[] backward = concat(new String[]{"build", "--store", dir.resolve("b").toString()},
                files.reversed());
        assertEquals(0, Run.of(forward).code());
        assertEquals(0, Run.of(backward).code());
        assertSameQuads(sortedNQuads(dir.resolve("a")), sortedNQuads(dir.resolve("b")));
    }

    /** Equal N-Quads, or a failure that shows only the quads in one and not the other (shortened). */
    static void assertSameQuads(String expected, String actual) {
        java.util.Set<String> a = new java.util.TreeSet<>(expected.lines().toList());
        java.util.Set<String> b = new java.util.TreeSet<>(actual.lines().toList());
        java.util.List<String> onlyA = a.stream().filter(l -> !b.contains(l)).limit(5).map(IdempotentBuildTest::shorten).toList();
        java.util.List<String> onlyB = b.stream().filter(l -> !a.contains(l)).limit(5).map(IdempotentBuildTest::shorten).toList();
        assertTrue(onlyA.isEmpty() && onlyB.isEmpty() && expected.lines().count() == actual.lines().count(),
                "quads differ; only in first: " + onlyA + "; only in second: " + onlyB);
    }

    private static String shorten(String quad) {
        return quad.length() <= 300 ? quad : quad.substring(0, 300) + "...";
    }

    private static String[] concat(String[] head, List<String> tail) {
        String[] all = Arrays.copyOf(head, head.length + tail.size());
        for (int i = 0; i < tail.size(); i++)
            all[head.length + i] = tail.get(i);
        return all;
    }

    static String sortedNQuads(Path folder) {
        try (Store s = Store.open(folder, false)) {
            return s.read(ds -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, ds, Lang.NQUADS);
                return out.toString(StandardCharsets.UTF_8).lines().sorted()
                        .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append).toString();
            });
        }
    }
}
