package org.techmil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.cli.Run;
import org.techmil.cli.TechmilProcess;
import org.techmil.store.Store;
import org.techmil.store.StoreDump;

/**
 * A real {@code techmil build} process over a generated corpus, killed with SIGKILL at several points: each time
 * the store opens and holds only whole articles, each exactly as an uninterrupted build writes it; building on
 * to the end gives exactly the store of an uninterrupted build. Ctrl-C (SIGINT) stops a build cleanly.
 * <p>
 * CI runs 3 kills over 600 articles (enough for a kill to land while articles are still loading on a fast machine,
 * now that the index step after the load takes a while); a longer run:
 * {@code mvn -Dtest=CrashSafetyTest -Dtechmil.killTest.rounds=20 -Dtechmil.killTest.articles=1000 verify}
 * ({@code -Dtechmil.killTest.seed=N} picks other kill points).
 */
class CrashSafetyTest {
    private static final int ROUNDS = Integer.getInteger("techmil.killTest.rounds", 3);
    private static final int ARTICLES = Integer.getInteger("techmil.killTest.articles", 600);
    private static final long SEED = Long.getLong("techmil.killTest.seed", 9);
    private static final String ONTOLOGY = "https://w3id.org/techmil/graph/ontology";
    private static final String STORIES = "https://w3id.org/techmil/graph/stories";
    private static final String INDEX = "https://w3id.org/techmil/graph/index";
    private static final Pattern LOADED = Pattern.compile("^interrupted: loaded (\\d+) articles?, ");
    /**
     * The killed and resumed builds run as on another machine: Turkish locale (where "I".toLowerCase() is not
     * "i"), a time zone 14 hours ahead, a small heap; their store must still equal the reference, quad for quad.
     */
    private static final List<String> ELSEWHERE = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.language=tr",
            "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati");
    /** Small batches, so that a kill can land in or between many commits. */
    private static final String BATCH = "5";

    @TempDir
    static Path dir;
    static Path corpus;
    static Path reference;
    static Map<String, List<String>> referenceGraphs;

    @BeforeAll
    static void generateCorpusAndBuildItWhole() throws Exception {
        corpus = dir.resolve("corpus");
        Process gen = new ProcessBuilder("python3", "bench/generate-corpus.py", "--count", Integer.toString(ARTICLES),
                "--seed", "11", "--out", corpus.toString()).redirectErrorStream(true).start();
        String out = new String(gen.getInputStream().readAllBytes());
        assertEquals(0, gen.waitFor(), out);
        reference = dir.resolve("reference");
        Run r = Run.of("build", "--store", reference.toString(), corpus.toString());
        assertEquals(0, r.code(), r.err());
        referenceGraphs = StoreDump.graphs(reference);
        assertEquals(ARTICLES + 3, referenceGraphs.size(), "articles, ontology, stories and index: " + r.err());
    }

    @Test
    void killedBuildsLeaveWholeArticlesAndBuildingOnGivesTheUninterruptedStore() throws Exception {
        Path store = dir.resolve("killed");
        Random random = new Random(SEED);
        int killedMidway = 0;
        int before = 0;
        List<String> log = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            try (TechmilProcess p = TechmilProcess.start(ELSEWHERE, "build", "--store", store.toString(),
                    "--batch-articles", BATCH, corpus.toString())) {
                // kill points: early (JVM start, store creation, ontology), or after the 1st, 2nd, 3rd progress line
                int kind = round % 4;
                if (kind == 0)
                    Thread.sleep(300 + random.nextInt(2500));
                else
                    p.awaitLines(l -> l.startsWith("built "), kind, 120);
                Thread.sleep(random.nextInt(1000));
                boolean alive = p.process().isAlive();
                p.kill();
                int articles = checkWholeArticles(store);
                log.add("round " + round + ": kill kind " + kind + (alive ? "" : " (had ended)") + ", " + articles + " articles");
                if (alive && articles < ARTICLES)
                    killedMidway++;
                assertTrue(articles >= before, "committed articles were lost: " + log);
                before = articles;
            }
        }
        assertTrue(killedMidway > 0, "no kill landed in the middle of a build: " + log);
        System.out.println("CrashSafetyTest: " + log);

        try (TechmilProcess p = TechmilProcess.start(ELSEWHERE, "build", "--store", store.toString(),
                "--batch-articles", BATCH, corpus.toString())) {
            assertEquals(0, p.waitFor(300), String.join("\n", p.errLines()));
            String summary = p.errLines().getLast();
            assertTrue(summary.startsWith("loaded " + (ARTICLES - before) + " article"), log + "\n" + summary);
        }
        StoreDump.assertSameQuads(StoreDump.sortedNQuads(reference), StoreDump.sortedNQuads(store));
    }

    @Test
    void ctrlCStopsAfterTheArticlesInHandWithOneSummaryLineAndExit130() throws Exception {
        Path store = dir.resolve("interrupted");
        // A JVM leaves SIGINT ignored when it was ignored at its start, as it is for a shell's background job;
        // reset it to the default before the JVM starts, as an interactive shell would.
        List<String> cmd = new ArrayList<>(List.of("python3", "-c",
                "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])"));
        // -Xint: on an idle machine a compiled build of the corpus ends before its first progress line (2 s);
        // interpreted, it runs long enough for a Ctrl-C to land midway
        cmd.addAll(TechmilProcess.command(List.of("-Xmx512m", "-Xint"), "build", "--store", store.toString(),
                "--batch-articles", "1000", corpus.toString()));
        try (TechmilProcess p = TechmilProcess.start(cmd)) {
            assertTrue(p.awaitLines(l -> l.startsWith("built "), 1, 120), "no progress line: " + p.errLines());
            p.signal("INT");
            int code = p.waitFor(60);
            List<String> lines = p.errLines();
            assertEquals(130, code, String.join("\n", lines));
            List<String> summaries = lines.stream().filter(l -> l.contains("loaded ")).toList();
            assertEquals(1, summaries.size(), String.join("\n", lines));
            assertEquals(summaries.getFirst(), lines.getLast(), "the summary comes last");
            assertTrue(lines.stream().allMatch(l -> l.startsWith("built ") || l.startsWith("interrupted: loaded ")),
                    "only progress and the summary, no stack trace: " + String.join("\n", lines));
            Matcher m = LOADED.matcher(lines.getLast());
            assertTrue(m.find(), lines.getLast());
            int loaded = Integer.parseInt(m.group(1));
            assertTrue(loaded > 0 && loaded < ARTICLES, "stopped midway: " + lines.getLast());
            // one batch of 1000 would hold every article: those in hand were committed at the stop
            assertEquals(loaded, checkWholeArticles(store), lines.getLast());
            assertFalse(StoreDump.graphs(store).containsKey(STORIES), "no story graph after an interrupted build");
        }
    }

    /**
     * Opens the store (when the build got as far as creating it) and checks that every article graph in it is
     * exactly the graph of an uninterrupted build, and that no claim or evidence node is orphaned.
     *
     * @return the number of article graphs
     */
    private static int checkWholeArticles(Path store) {
        if (!Files.isDirectory(store) || isEmpty(store))
            return 0;
        Map<String, List<String>> graphs = StoreDump.graphs(store);
        int articles = 0;
        for (var g : graphs.entrySet()) {
            if (g.getKey().equals(STORIES) || g.getKey().equals(INDEX))
                continue; // rebuilt from all articles after each build
            List<String> expected = referenceGraphs.get(g.getKey());
            assertTrue(expected != null, "a graph the uninterrupted build does not have: " + g.getKey());
            assertEquals(expected, g.getValue(), "graph " + g.getKey() + " is not whole");
            if (!g.getKey().equals(ONTOLOGY))
                articles++;
        }
        try (Store s = Store.open(store, false)) {
            for (String orphans : List.of(
                    // a claim without evidence, or not derived from its graph's article
                    "SELECT * { GRAPH ?g { ?c tm:rule ?r FILTER NOT EXISTS { ?c tm:evidence ?e ; prov:wasDerivedFrom ?g . ?g a tm:Article } } }",
                    // evidence no claim points at
                    "SELECT * { GRAPH ?g { ?e a tm:Evidence FILTER NOT EXISTS { ?c tm:evidence ?e } } }",
                    // an article graph without its article node and content hash
                    "SELECT * { GRAPH ?g { ?s ?p ?o } FILTER(?g NOT IN (<" + ONTOLOGY + ">, <" + STORIES + ">, <" + INDEX + ">)) "
                            + "FILTER NOT EXISTS { GRAPH ?g { ?g a tm:Article ; tm:contentHash ?h } } }")) {
                String q = "PREFIX tm: <https://w3id.org/techmil/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                        + orphans + " LIMIT 3";
                long found = s.read(ds -> {
                    try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                        return (long) org.apache.jena.query.ResultSetFormatter.consume(qe.execSelect());
                    }
                });
                assertEquals(0, found, "orphans in " + store + ": " + q);
            }
        }
        return articles;
    }

    private static boolean isEmpty(Path folder) {
        try (var s = Files.list(folder)) {
            return s.findAny().isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
