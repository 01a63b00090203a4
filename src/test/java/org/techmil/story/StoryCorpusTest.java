package org.techmil.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.cli.Run;
import org.techmil.store.Store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bundled examples plus the story corpus of src/test/resources/story/corpus, built through the command line:
 * five reports of one Unitree story (three outlets in their own words, one article that only credits Reuters, one
 * reprint of the Reuters wire copy), one unrelated later story on the same firm, and two outlets retelling one
 * Financial Times report of a White House memo about Alibaba (the situation of the two seed articles).
 */
class StoryCorpusTest {
    static final String CORPUS = "src/test/resources/story/corpus";
    static final String PREFIXES = """
            PREFIX tm:     <https://w3id.org/techmil/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            """;

    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void build() {
        store = dir.resolve("store");
        Run r = Run.of("build", "--store", store.toString(), "examples", CORPUS);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("; grouped 18 articles into 13 stories and "), r.err());
    }

    static List<Map<String, String>> rows(Path storeDir, String query) {
        try (Store s = Store.open(storeDir, false)) {
            return s.read(ds -> {
                List<Map<String, String>> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query)
                        .set(TDB2.symUnionDefaultGraph, true).build()) {
                    ResultSet rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution q = rs.next();
                        Map<String, String> row = new LinkedHashMap<>();
                        for (String v : rs.getResultVars())
                            row.put(v, !q.contains(v) ? "" : q.get(v).isLiteral()
                                    ? q.getLiteral(v).getLexicalForm() : q.get(v).toString());
                        out.add(row);
                    }
                }
                return out;
            });
        }
    }

    /** Story label -> "count articles/outlets/sources | original sources | first..last" for the stories named. */
    static Map<String, String> storySummaries() {
        Map<String, String> out = new TreeMap<>();
        for (Map<String, String> r : rows(store, """
                SELECT ?label ?n ?o ?src (GROUP_CONCAT(?origin; SEPARATOR=", ") AS ?origins) ?first ?last WHERE {
                  ?s a tm:Story ; rdfs:label ?label ; tm:articleCount ?n ; tm:outletCount ?o ; tm:sourceCount ?src .
                  OPTIONAL { ?s tm:firstReported ?first } OPTIONAL { ?s tm:lastReported ?last }
                  ?s tm:originalSource ?or .
                  OPTIONAL { ?or rdfs:label ?ol } OPTIONAL { ?or tm:sourceName ?os }
                  BIND(COALESCE(?ol, ?os) AS ?origin)
                } GROUP BY ?label ?n ?o ?src ?first ?last""")) {
            List<String> origins = new ArrayList<>(List.of(r.get("origins").split(", ")));
            origins.sort(null);
            out.put(r.get("label"), r.get("n") + "/" + r.get("o") + "/" + r.get("src") + " | "
                    + String.join(", ", origins) + " | " + r.get("first") + ".." + r.get("last"));
        }
        return out;
    }

    @Test
    void storiesGroupTheArticlesThatReportTheSameEvent() {
        Set<String> groups = new TreeSet<>();
        Map<String, List<String>> byStory = new TreeMap<>();
        for (Map<String, String> r : rows(store, "SELECT ?s ?src WHERE { ?s a tm:Story ; tm:hasArticle/tm:sourceName ?src }"))
            byStory.computeIfAbsent(r.get("s"), k -> new ArrayList<>()).add(r.get("src"));
        byStory.values().forEach(l -> groups.add(String.join(" + ", l.stream().sorted().toList())));
        Set<String> expected = new TreeSet<>(List.of(
                "memo-a-scrape.txt + memo-b-scrape.txt",
                "unitree-a-harbourline.html + unitree-b-eastgate.html + unitree-c-wire.txt + unitree-d-citing.txt"
                        + " + unitree-e-reprint.html",
                "unitree-f-unrelated.html"));
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d\\d-.*\\.(txt|html)")).forEach(expected::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertEquals(expected, groups);
    }

    @Test
    void eachStoryCountsArticlesOutletsAndIndependentSources() {
        Map<String, String> s = storySummaries();
        assertEquals("5/5/3 | Reuters, eastgatetimes.example, harbourline.example | 2026-03-02..2026-03-04",
                s.get("Pentagon says Unitree robot dogs ended up with China’s army"));
        assertEquals("1/1/1 | harbourline.example | 2026-06-15..2026-06-15",
                s.get("FCC opens inquiry into Unitree over robot data flows"));
        assertEquals("2/2/1 | Financial Times | 2025-11-15..2025-11-15",
                s.get("White House memo says Alibaba helped China's military"));
    }

    @Test
    void articlesSayWhoPublishedThemWhatTheyCreditAndWhatTheyReprint() {
        Map<String, String> got = new TreeMap<>();
        for (Map<String, String> r : rows(store, """
                SELECT ?src (SAMPLE(?pl) AS ?pub) (GROUP_CONCAT(?cl; SEPARATOR=", ") AS ?cites) (SAMPLE(?rs) AS ?rep)
                WHERE { ?a tm:sourceName ?src . FILTER(STRSTARTS(?src, "unitree") || STRSTARTS(?src, "memo"))
                  OPTIONAL { ?a schema:publisher/rdfs:label ?pl }
                  OPTIONAL { ?a tm:citesSource/rdfs:label ?cl }
                  OPTIONAL { ?a tm:reprintOf/tm:sourceName ?rs } } GROUP BY ?src"""))
            got.put(r.get("src"), r.get("pub") + " | " + r.get("cites") + " | " + r.get("rep"));
        Map<String, String> expected = new TreeMap<>(Map.of(
                "memo-a-scrape.txt", " | Financial Times | ",
                "memo-b-scrape.txt", " | Financial Times | ",
                "unitree-a-harbourline.html", "harbourline.example |  | ",
                "unitree-b-eastgate.html", "eastgatetimes.example |  | ",
                "unitree-c-wire.txt", "Reuters |  | ",
                "unitree-d-citing.txt", " | Reuters | ",
                "unitree-e-reprint.html", "metro-ledger.example | Reuters | unitree-c-wire.txt",
                "unitree-f-unrelated.html", "harbourline.example |  | "));
        assertEquals(expected, got);
    }

    @Test
    void assertionsGatherClaimsWithTheirCorroborationCounts() {
        Map<String, String> got = new TreeMap<>();
        for (Map<String, String> r : rows(store, """
                SELECT ?t ?s ?o ?n ?out ?src ?den (COUNT(DISTINCT ?c) AS ?claims)
                       (GROUP_CONCAT(DISTINCT ?cl; SEPARATOR=", ") AS ?claimants) WHERE {
                  ?a a tm:Assertion ; tm:assertionType ?ty ; tm:assertionSubject/rdfs:label ?s ;
                     tm:assertionObject/rdfs:label ?o ; tm:articleCount ?n ; tm:outletCount ?out ;
                     tm:sourceCount ?src ; tm:denialCount ?den ; tm:gathers ?c .
                  OPTIONAL { ?a tm:assertedBy/rdfs:label ?cl }
                  BIND(STRAFTER(STR(?ty), "#") AS ?t)
                  FILTER(CONTAINS(?s, "Unitree") || CONTAINS(?o, "Unitree") || CONTAINS(?s, "Alibaba") || CONTAINS(?o, "Alibaba"))
                } GROUP BY ?t ?s ?o ?n ?out ?src ?den""")) {
            List<String> claimants = new ArrayList<>(List.of(r.get("claimants").split(", ")));
            claimants.sort(null);
            got.put(r.get("t") + " " + r.get("s") + " -> " + r.get("o"), "claims " + r.get("claims") + ", articles "
                    + r.get("n") + ", outlets " + r.get("out") + ", sources " + r.get("src") + ", denials "
                    + r.get("den") + ", by " + String.join(", ", claimants));
        }
        Map<String, String> expected = new TreeMap<>(Map.of(
                "Allegation Unitree Robotics -> People's Liberation Army",
                "claims 5, articles 5, outlets 5, sources 3, denials 4, by Reuters, United States Department of Defense",
                "Allegation Alibaba Group -> People's Liberation Army",
                "claims 2, articles 2, outlets 2, sources 1, denials 4, by Financial Times, White House",
                "Denial Unitree Robotics -> Unitree Robotics",
                "claims 5, articles 5, outlets 4, sources 3, denials 0, by ",
                "Denial Alibaba Group -> Alibaba Group",
                "claims 2, articles 2, outlets 2, sources 1, denials 0, by ",
                "Denial Embassy of China in Washington -> Alibaba Group",
                "claims 2, articles 2, outlets 2, sources 1, denials 0, by ",
                "Investigation Federal Communications Commission -> Unitree Robotics",
                "claims 1, articles 1, outlets 1, sources 1, denials 1, by "));
        assertEquals(expected, got);
    }

    @Test
    void assertionWeightsGiveExportsTheCountsOfAnEdge() {
        try (Store s = Store.open(store, false)) {
            AssertionWeights w = AssertionWeights.of(s);
            assertEquals(new AssertionWeights.Weights(5, 5, 3, 4), w.get("Allegation",
                    "https://w3id.org/techmil/entity/unitree-robotics", "https://w3id.org/techmil/entity/peoples-liberation-army"));
            assertEquals(null, w.get("Contract",
                    "https://w3id.org/techmil/entity/unitree-robotics", "https://w3id.org/techmil/entity/peoples-liberation-army"));
        }
    }

    static final List<String> UNITREE_TIMELINE = List.of(
            "2026-03-02 Allegation Unitree Robotics -> People's Liberation Army | claimant: United States Department of Defense | outlet: harbourline.example | \"Arlington — The Pentagon has accused Unitree Robotics of supplying the People’s Liberation Army wit…\" | unitree-a-harbourline.html",
            "2026-03-02 Denial Unitree Robotics -> Unitree Robotics | outlet: harbourline.example | \"Unitree denied the accusations.\" | unitree-a-harbourline.html",
            "2026-03-03 Allegation Unitree Robotics -> People's Liberation Army | claimant: United States Department of Defense | outlet: eastgatetimes.example | \"Chinese robot maker Unitree Robotics provided robotic dogs to the People’s Liberation Army, accordi…\" | unitree-b-eastgate.html",
            "2026-03-03 Denial Unitree Robotics -> Unitree Robotics | outlet: eastgatetimes.example | \"Unitree rejected the claims in a short statement and said its robots are meant for research, educat…\" | unitree-b-eastgate.html",
            "2026-03-03 Allegation Unitree Robotics -> People's Liberation Army | claimant: United States Department of Defense | outlet: Reuters | \"BEIJING, March 3, 2026 (Reuters) - The Pentagon has accused Unitree Robotics of supplying the Peopl…\" | unitree-c-wire.txt",
            "2026-03-03 Denial Unitree Robotics -> Unitree Robotics | outlet: Reuters | \"Unitree, which is preparing a share listing in Shanghai, dismissed the accusations as groundless an…\" | unitree-c-wire.txt",
            "2026-03-04 Allegation Unitree Robotics -> People's Liberation Army | claimant: Reuters | cites: Reuters | \"Beijing, March 4, 2026: Unitree Robotics supplied legged robots to the People's Liberation Army, ac…\" | unitree-d-citing.txt",
            "2026-03-04 Allegation Unitree Robotics -> People's Liberation Army | claimant: United States Department of Defense | outlet: metro-ledger.example | cites: Reuters | \"BEIJING, March 3, 2026 (Reuters) - The Pentagon has accused Unitree Robotics of supplying the Peopl…\" | unitree-e-reprint.html",
            "2026-03-04 Denial Unitree Robotics -> Unitree Robotics | outlet: metro-ledger.example | cites: Reuters | \"Unitree, which is preparing a share listing in Shanghai, dismissed the accusations as groundless an…\" | unitree-e-reprint.html",
            "2026-06-15 Denial Unitree Robotics -> Unitree Robotics | outlet: harbourline.example | \"Unitree denied any wrongdoing and said it would cooperate with the commission, adding that users ca…\" | unitree-f-unrelated.html",
            "2026-06-15 Investigation Federal Communications Commission -> Unitree Robotics | outlet: harbourline.example | \"Washington — The Federal Communications Commission is investigating Unitree Robotics over whether i…\" | unitree-f-unrelated.html");

    @Test
    void theTimelineOfAFirmListsEveryReportInDateOrder() {
        Run r = Run.of("timeline", "--store", store.toString(), "unitree");
        assertEquals(0, r.code(), r.err());
        assertEquals(UNITREE_TIMELINE, r.out().lines().toList());
        // the entity id works as well as a name
        assertEquals(UNITREE_TIMELINE, Run.of("timeline", "--store", store.toString(), "unitree-robotics").out().lines().toList());
    }

    @Test
    void theTimelineOfTheMemoStoryPutsTheUndatedReportLast() {
        List<String> lines = Run.of("timeline", "--store", store.toString(), "Alibaba Group").out().lines().toList();
        assertEquals(List.of(
                "2025-11-15 Allegation Alibaba Group -> People's Liberation Army | claimant: White House | cites: Financial Times | \"Washington, Nov 15, 2025: A White House memo accuses Alibaba of giving the People's Liberation Army…\" | memo-a-scrape.txt",
                "2025-11-15 Denial Alibaba Group -> Alibaba Group | cites: Financial Times | \"Alibaba denied the claims and called the report a smear meant to damage trade talks between Washing…\" | memo-a-scrape.txt",
                "2025-11-15 Denial Embassy of China in Washington -> Alibaba Group | cites: Financial Times | \"China's embassy in Washington also rejected the accusations as groundless.\" | memo-a-scrape.txt",
                "undated Allegation Alibaba Group -> People's Liberation Army | claimant: Financial Times | cites: Financial Times | \"The Financial Times reported that a White House memo alleges Alibaba supported the People's Liberat…\" | memo-b-scrape.txt",
                "undated Denial Alibaba Group -> Alibaba Group | cites: Financial Times | \"Alibaba rejected the allegations as false, and the Chinese embassy in Washington dismissed the clai…\" | memo-b-scrape.txt",
                "undated Denial Embassy of China in Washington -> Alibaba Group | cites: Financial Times | \"Alibaba rejected the allegations as false, and the Chinese embassy in Washington dismissed the clai…\" | memo-b-scrape.txt"),
                lines);
    }

    @Test
    void theTimelineExportsAsCsvAndJson() throws Exception {
        Run csv = Run.of("timeline", "--store", store.toString(), "--format", "csv", "Unitree");
        List<String> lines = csv.out().lines().toList();
        assertEquals("date,type,subject,object,claimant,outlet,cites,quote,source,story", lines.get(0));
        assertEquals(12, lines.size());
        assertEquals("2026-03-04,Allegation,Unitree Robotics,People's Liberation Army,Reuters,,Reuters,"
                + "\"Beijing, March 4, 2026: Unitree Robotics supplied legged robots to the People's Liberation Army, "
                + "according to a Reuters report published on Tuesday that cited US defence officials.\","
                + "unitree-d-citing.txt,Pentagon says Unitree robot dogs ended up with China’s army", lines.get(7));

        Path out = dir.resolve("timeline.json");
        Run json = Run.of("timeline", "--store", store.toString(), "-f", "json", "-o", out.toString(), "Unitree");
        assertEquals(0, json.code(), json.err());
        JsonNode arr = new ObjectMapper().readTree(out.toFile());
        assertEquals(11, arr.size());
        assertEquals("unitree-d-citing.txt", arr.get(6).get("source").asText());
        assertTrue(arr.get(6).get("outlet").isNull());
        assertEquals("Reuters", arr.get(6).get("cites").asText());
    }

    @Test
    void theCuratedTimelineQueryGivesTheSameRows() {
        Run r = Run.of("query", "--store", store.toString(), "-f", "csv", "entity-timeline");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1 + UNITREE_TIMELINE.size(), lines.size());
        assertTrue(lines.get(7).startsWith("2026-03-04,Allegation,Unitree Robotics,People's Liberation Army,Reuters,,Reuters,"),
                lines.get(7));
    }

    @Test
    void theContradictionsReportListsEachDeniedAssertionWithItsDenials() {
        Run r = Run.of("contradictions", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().filter(l -> l.contains("Unitree") || l.contains("Alibaba")
                || l.contains("memo-")).toList();
        assertEquals(List.of(
                "DENIED Allegation: Alibaba Group -> People's Liberation Army (2 articles, 2 outlets, 1 independent source)",
                "  denied by Alibaba Group, 2025-11-15, memo-a-scrape.txt: \"Alibaba denied the claims and called the report a smear meant to damage trade talks between Washington and Beijing.\"",
                "  denied by Embassy of China in Washington, 2025-11-15, memo-a-scrape.txt: \"China's embassy in Washington also rejected the accusations as groundless.\"",
                "  denied by Alibaba Group, undated, memo-b-scrape.txt: \"Alibaba rejected the allegations as false, and the Chinese embassy in Washington dismissed the claims as groundless.\"",
                "  denied by Embassy of China in Washington, undated, memo-b-scrape.txt: \"Alibaba rejected the allegations as false, and the Chinese embassy in Washington dismissed the claims as groundless.\"",
                "DENIED Investigation: Federal Communications Commission -> Unitree Robotics (1 article, 1 outlet, 1 independent source)",
                "  denied by Unitree Robotics, 2026-06-15, harbourline.example, unitree-f-unrelated.html: \"Unitree denied any wrongdoing and said it would cooperate with the commission, adding that users can store all data locally.\"",
                "DENIED Allegation: Unitree Robotics -> People's Liberation Army (5 articles, 5 outlets, 3 independent sources)",
                "  denied by Unitree Robotics, 2026-03-02, harbourline.example, unitree-a-harbourline.html: \"Unitree denied the accusations.\"",
                "  denied by Unitree Robotics, 2026-03-03, eastgatetimes.example, unitree-b-eastgate.html: \"Unitree rejected the claims in a short statement and said its robots are meant for research, education and entertainment.\"",
                "  denied by Unitree Robotics, 2026-03-03, Reuters, unitree-c-wire.txt: \"Unitree, which is preparing a share listing in Shanghai, dismissed the accusations as groundless and said it follows export rules in every market where it sells.\"",
                "  denied by Unitree Robotics, 2026-03-04, metro-ledger.example, unitree-e-reprint.html: \"Unitree, which is preparing a share listing in Shanghai, dismissed the accusations as groundless and said it follows export rules in every market where it sells.\""),
                lines);
    }

    @Test
    void theBuildSummaryLineEndsWithTheStoryCounts() {
        Run r = Run.of("build", "--store", dir.resolve("one").toString(), CORPUS + "/unitree-d-citing.txt");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        // the index graph's count follows the story counts (since the index graph, 2026-12), then the listings' first
        // rows it keeps (since 2026-12-06)
        assertTrue(r.err().strip().matches("(?s).*; grouped 1 article into 1 story and 1 assertion; indexed 7 entities \\(1 accused\\)"
                + " and the first rows of 10 listings \\(\\d+ rows, [0-9.]+ s\\)"), r.err());
    }

    @Test
    void theStoryCommandsHaveHelpWithExamplesAndExitCodes() {
        for (String command : List.of("timeline", "contradictions")) {
            Run r = Run.of(command, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Usage: techmil " + command), r.out());
            assertTrue(r.out().contains("Examples:") && r.out().contains("Exit codes:"), r.out());
        }
    }

    @Test
    void aListingThatAnOfficialListLaterDropsIsAConflict() {
        // an article graph reporting a listing, and an imported list version that marks it ended (docs/linking.md),
        // written directly so that the check does not depend on what the extractor reads today
        Path one = dir.resolve("delisted");
        String data = """
                @prefix tm: <https://w3id.org/techmil/ontology#> . @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix schema: <https://schema.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix dcterms: <http://purl.org/dc/terms/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix e: <https://w3id.org/techmil/entity/> .
                <urn:test:article> {
                  <urn:test:article> a tm:Article , schema:NewsArticle ; tm:sourceName "listing.txt" ;
                      schema:datePublished "2026-01-28"^^xsd:date ;
                      schema:articleBody "The Commerce Department added Inspur to the Entity List." .
                  <urn:test:article/claim> a tm:Designation ; tm:subject e:bureau-of-industry-and-security ;
                      tm:object e:inspur ; prov:wasDerivedFrom <urn:test:article> ; tm:evidence <urn:test:article/ev> .
                  <urn:test:article/ev> tm:quote "added Inspur to the Entity List" ; tm:start 25 ; tm:end 56 .
                  e:bureau-of-industry-and-security a tm:GovernmentBody ; rdfs:label "Bureau of Industry and Security" .
                  e:inspur a tm:TechFirm ; rdfs:label "Inspur Group" .
                }
                <urn:test:graph/list> {
                  <urn:test:list/claim> a tm:Designation ; tm:subject e:bureau-of-industry-and-security ;
                      tm:object e:inspur ; tm:endDate "2026-02-10"^^xsd:date ; prov:wasDerivedFrom <urn:test:list> ;
                      tm:evidence <urn:test:list/ev> .
                  <urn:test:list/ev> tm:quote "INSPUR GROUP CO., LTD." ; tm:start 0 ; tm:end 22 .
                  <urn:test:list> dcterms:title "Entity List" ; dcterms:issued "2026-02-10"^^xsd:date .
                }
                """;
        try (Store s = Store.open(one, true)) {
            s.write(() -> org.apache.jena.riot.RDFParser.fromString(data, org.apache.jena.riot.Lang.TRIG)
                    .parse(s.datasetGraph()));
            assertEquals(new Stories.Summary(1, 1, 1), Stories.rebuild(s, null));
        }
        Run r = Run.of("contradictions", "--store", one.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "CONFLICT Designation: Bureau of Industry and Security -> Inspur Group (1 article, 1 outlet, 1 independent source)",
                "  ended 2026-02-10 per Bureau of Industry and Security, 2026-02-10, Entity List: \"INSPUR GROUP CO., LTD.\""),
                r.out().lines().toList());
    }

    @Test
    void anUnknownEntityOrFormatIsReported() {
        Run none = Run.of("timeline", "--store", store.toString(), "Nobody Inc");
        assertEquals(1, none.code());
        assertEquals("", none.out());
        assertTrue(none.err().contains("no claim names an entity called Nobody Inc"), none.err());
        Run bad = Run.of("timeline", "--store", store.toString(), "-f", "xml", "Unitree");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("techmil: unknown format 'xml'"), bad.err());
    }

    @Test
    void theStoryGraphIsTheSameWhateverTheInputOrderAndAfterABuildAgain() throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of(CORPUS))) {
            files = s.map(Path::toString).sorted().toList();
        }
        Path a = dir.resolve("forward");
        Path b = dir.resolve("backward");
        List<String> forward = new ArrayList<>(List.of("build", "--store", a.toString()));
        forward.addAll(files);
        List<String> backward = new ArrayList<>(List.of("build", "--store", b.toString()));
        backward.addAll(files.reversed());
        assertEquals(0, Run.of(forward.toArray(String[]::new)).code());
        assertEquals(0, Run.of(backward.toArray(String[]::new)).code());
        String first = storyGraph(a);
        assertTrue(first.lines().count() > 100, first);
        assertEquals(first, storyGraph(b));
        assertEquals(0, Run.of(backward.toArray(String[]::new)).code());
        assertEquals(first, storyGraph(b));
        // the same articles built in two separate calls: the story graph is rebuilt from the whole store each time
        Path c = dir.resolve("halves");
        List<String> half1 = new ArrayList<>(List.of("build", "--store", c.toString()));
        half1.addAll(files.subList(0, files.size() / 2));
        List<String> half2 = new ArrayList<>(List.of("build", "--store", c.toString()));
        half2.addAll(files.subList(files.size() / 2, files.size()));
        assertEquals(0, Run.of(half2.toArray(String[]::new)).code());
        assertEquals(0, Run.of(half1.toArray(String[]::new)).code());
        assertEquals(first, storyGraph(c));
    }

    @Test
    void theStoryGraphPassesTheShapes() {
        Run r = Run.of("validate", "--store", store.toString());
        assertEquals(0, r.code(), r.out() + r.err());
    }

    /** The story graph as sorted N-Triples. */
    static String storyGraph(Path storeDir) {
        try (Store s = Store.open(storeDir, false)) {
            return s.read(ds -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                RDFDataMgr.write(bytes, ds.getNamedModel(StoryTerms.GRAPH.getURI()), Lang.NTRIPLES);
                return String.join("\n", new TreeSet<>(bytes.toString(StandardCharsets.UTF_8).lines().toList()));
            });
        }
    }
}
