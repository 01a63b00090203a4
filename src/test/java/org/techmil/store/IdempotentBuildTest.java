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

    /**
     * The same quads written in another order (a sorted N-Quads file: every graph in many runs, the nodes first met in
     * another order, so TDB2 gives them other internal ids) give the same store, the rows the index step keeps for the
     * listings included, and every listing the same output, kept or run in full: the parts of each GROUP_CONCAT come
     * in the same order.
     */
    @Test
    void quadsWrittenInAnotherOrderGiveTheSameKeptRowsAndListings(@TempDir Path dir) throws Exception {
        Run x = Run.of("extract", "--format", "nquads", "examples");
        assertEquals(0, x.code(), x.err());
        Path asWritten = Files.writeString(dir.resolve("examples.nq"), x.out());
        Path sorted = Files.writeString(dir.resolve("sorted.nq"),
                String.join("\n", x.out().lines().filter(l -> !l.isBlank()).sorted().toList()) + "\n");
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, Run.of("load", "--store", a.toString(), asWritten.toString()).code());
        assertEquals(0, Run.of("load", "--store", b.toString(), sorted.toString()).code());
        assertSameQuads(sortedNQuads(a), sortedNQuads(b));
        List<String> listings = org.techmil.index.ListingPages.curated().stream().map(l -> l.name()).toList();
        assertTrue(listings.size() >= 8, listings.toString());
        boolean concatenated = false;
        for (String name : listings) {
            for (boolean full : new boolean[]{false, true}) {
                String fromA = listing(a, name, full);
                String fromB = listing(b, name, full);
                assertEquals(fromA, fromB, name + (full ? " --full" : " (kept rows)"));
                concatenated |= fromA.contains("; ") || fromA.contains(" | ");
            }
        }
        assertTrue(concatenated, "some listing should join two or more values ('; ' or ' | ')");
    }

    private static String listing(Path store, String name, boolean full) {
        List<String> args = new java.util.ArrayList<>(List.of("query", "--store", store.toString(), "--format", "tsv"));
        if (full)
            args.add("--full");
        args.add(name);
        Run r = Run.of(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r.out();
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
