package org.techmil.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.cli.Run;
import org.techmil.store.QueryFormat;
import org.techmil.store.QueryRunner;
import org.techmil.store.Store;

/**
 * The first rows of the listing queries kept in the index graph: the same rows, in the same order, as the query itself
 * gives, and kept up to date by every build.
 */
class ListingPagesTest {
    private static final List<String> LISTINGS = List.of("timeline", "why", "claims-by-firm", "denials",
            "designations-by-body", "assertions", "stories", "contradictions", "about-entity", "accused-but-unlisted");

    @TempDir
    static Path shared;

    private static Path examples;

    @TempDir
    Path tmp;

    @BeforeAll
    static void buildExamples() {
        examples = Run.examplesStore(shared.resolve("store"));
    }

    @Test
    void everyListingQueryDeclaresTheRowsTheIndexKeeps() {
        List<String> declared = ListingPages.curated().stream().map(ListingPages.Listing::name).sorted().toList();
        assertEquals(LISTINGS.stream().sorted().toList(), declared);
        ListingPages.curated().forEach(l -> assertEquals(1000, l.depth(), l.name()));
    }

    @Test
    void eachListingAnswersWithTheRowsOfTheQueryItself() {
        for (String name : LISTINGS) {
            for (String format : List.of("tsv", "json")) {
                Run kept = Run.of("query", "--store", examples.toString(), "-f", format, name);
                Run full = Run.of("query", "--store", examples.toString(), "-f", format, "--full", name);
                assertEquals(0, kept.code(), kept.err());
                assertEquals(0, full.code(), full.err());
                assertEquals(full.out(), kept.out(), name + " (" + format + ")");
            }
            Run file = Run.of("query", "--store", examples.toString(), "-f", "tsv", "queries/" + name + ".rq", "--limit", "3");
            Run full = Run.of("query", "--store", examples.toString(), "-f", "tsv", "--full", "queries/" + name + ".rq", "--limit", "3");
            assertEquals(full.out(), file.out(), name + " from its file, 3 rows");
        }
        try (Store s = Store.open(examples, false)) {
            for (String name : LISTINGS)
                assertNotNull(s.read(ds -> ListingPages.rows(ds.asDatasetGraph(), parse(name, null))), name + " has no rows kept");
        }
    }

    /** Fewer rows kept than the query has: a run that asks for more than are kept runs the query. */
    @Test
    void aLimitAboveTheRowsKeptRunsTheQuery() throws IOException {
        Path store = tmp.resolve("store");
        copyTree(examples, store);
        int depth = 27; // three pages of ten, the last one short
        List<ListingPages.Listing> deep = List.of(new ListingPages.Listing("why", curatedText("why"), depth, 10),
                new ListingPages.Listing("timeline", curatedText("timeline"), 5));
        try (Store s = Store.open(store, false)) {
            IndexGraph.rebuild(s, deep);
            long whyRows = count(s, parse("why", 100_000L), QueryRunner.Precomputed.NONE);
            assertTrue(whyRows > depth, "the examples give too few why rows for this test: " + whyRows);
            for (long limit : new long[]{1, 9, 10, 11, 20, depth}) {
                Query q = parse("why", limit);
                assertNotNull(s.read(ds -> ListingPages.rows(ds.asDatasetGraph(), q)), "why, limit " + limit);
                assertEquals(output(s, q, QueryRunner.Precomputed.NONE), output(s, q, ListingPages::rows), "why, limit " + limit);
            }
            assertNull(s.read(ds -> ListingPages.rows(ds.asDatasetGraph(), parse("why", depth + 1L))));
            assertNull(s.read(ds -> ListingPages.rows(ds.asDatasetGraph(), parse("timeline", 1000L))));
            assertEquals(output(s, parse("timeline", 4L), QueryRunner.Precomputed.NONE),
                    output(s, parse("timeline", 4L), ListingPages::rows));
            // the listing's own query text with other SPARQL is not answered from its rows
            Query other = parse("why", 10L);
            other.setOffset(1);
            assertNull(s.read(ds -> ListingPages.rows(ds.asDatasetGraph(), other)));
        }
        // through the command: the result is the same either way
        Run kept = Run.of("query", "--store", store.toString(), "-f", "tsv", "timeline", "--limit", "30");
        Run full = Run.of("query", "--store", store.toString(), "-f", "tsv", "timeline", "--limit", "30", "--full");
        assertEquals(full.out(), kept.out());
        assertEquals(31, kept.out().lines().count());
    }

    @Test
    void aSecondBuildWithMoreArticlesUpdatesTheFirstRows() throws IOException {
        Path input = tmp.resolve("input");
        Files.createDirectories(input);
        for (String f : List.of("01-us-entity-list-servers.txt", "05-cloud-price-war-decoy.txt"))
            Files.copy(Path.of("examples", f), input.resolve(f));
        Path store = tmp.resolve("grown");
        Run first = Run.of("build", "--store", store.toString(), input.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("first rows of 10 listings"), first.err());
        String before = Run.of("query", "--store", store.toString(), "-f", "tsv", "timeline").out();
        Files.copy(Path.of("examples", "06-microsoft-azure-unit-8200.html"), input.resolve("06-microsoft-azure-unit-8200.html"));
        Files.copy(Path.of("examples", "03-pentagon-list-tencent-catl.txt"), input.resolve("03-pentagon-list-tencent-catl.txt"));
        Run second = Run.of("build", "--store", store.toString(), input.toString());
        assertEquals(0, second.code(), second.err());
        for (String name : LISTINGS) {
            Run kept = Run.of("query", "--store", store.toString(), "-f", "tsv", name);
            Run full = Run.of("query", "--store", store.toString(), "-f", "tsv", "--full", name);
            assertEquals(full.out(), kept.out(), name + " after the second build");
        }
        String after = Run.of("query", "--store", store.toString(), "-f", "tsv", "timeline").out();
        assertNotEquals(before, after);
        assertTrue(after.contains("06-microsoft-azure-unit-8200.html"), after);
        assertFalse(before.contains("06-microsoft-azure-unit-8200.html"), before);
    }

    private static String curatedText(String name) {
        return org.techmil.store.Bundled.text(org.techmil.store.Bundled.QUERIES + name + ".rq");
    }

    private static Query parse(String name, Long limit) {
        Query q = QueryRunner.parse(curatedText(name), name);
        if (limit != null)
            q.setLimit(limit);
        return q;
    }

    private static String output(Store s, Query q, QueryRunner.Precomputed precomputed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(s, 60_000, precomputed).run(q, BindingFactory.empty(), QueryFormat.TSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static long count(Store s, Query q, QueryRunner.Precomputed precomputed) {
        return new QueryRunner(s, 60_000, precomputed).run(q, BindingFactory.empty(), QueryFormat.TSV, new ByteArrayOutputStream());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p))
                    Files.createDirectories(target);
                else if (!p.getFileName().toString().equals("tdb.lock"))
                    Files.copy(p, target);
            }
        }
    }
}
