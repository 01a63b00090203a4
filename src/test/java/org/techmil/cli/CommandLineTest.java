package org.techmil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Drives every command in-process, as a user would from the shell. */
class CommandLineTest {
    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void buildExamples() {
        store = Run.examplesStore(tmp.resolve("store"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "clean", "extract", "query", "validate"})
    void everyCommandHasHelpWithExamplesAndExitCodes(String command) {
        Run r = Run.of(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: techmil " + command), r.out());
        assertTrue(r.out().contains("Examples:"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }

    @Test
    void buildPrintsOneSummaryLine() {
        Run r = Run.of("build", "--store", tmp.resolve("summary").toString(), "examples/05-cloud-price-war-decoy.txt");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().matches("(?s)loaded 1 article, \\d+ claims?, 0 inputs failed in \\d+\\.\\d s.*"), r.err());
    }

    @Test
    void queryWritesW3cCsvWithVariableNamesAsHeader() {
        Run r = Run.of("query", "--store", store.toString(), "--format", "csv", "-e",
                "PREFIX tm: <https://w3id.org/techmil/ontology#> SELECT ?claim ?type WHERE { ?claim a ?type ; tm:subject ?s } LIMIT 3");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\r\n");
        assertEquals("claim,type", lines[0]);
        assertEquals(4, lines.length, r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"claims-by-firm", "top-accused-firms", "designations-by-body", "timeline",
            "why", "denials", "entities"})
    void curatedQueriesRunAndReturnRows(String name) {
        Run r = Run.of("query", "--store", store.toString(), "--format", "tsv", name);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().split("\\R").length > 1, "no rows from " + name + ":\n" + r.out());
    }

    @Test
    void queryListsCuratedQueriesWithWhatTheyAnswer() {
        Run r = Run.of("query", "--list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("top-accused-firms") && l.length() > 30), r.out());
    }

    @Test
    void askAndConstructUseTheirOwnFormats() {
        Run ask = Run.of("query", "--store", store.toString(), "--format", "json", "-e",
                "ASK { ?s a <https://w3id.org/techmil/ontology#Allegation> }");
        assertEquals(0, ask.code(), ask.err());
        assertTrue(ask.out().contains("\"boolean\" : true") || ask.out().contains("\"boolean\": true"), ask.out());
        Run construct = Run.of("query", "--store", store.toString(), "-e",
                "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t } LIMIT 2");
        assertEquals(0, construct.code(), construct.err());
        assertTrue(construct.out().contains(" a "), construct.out());
    }

    @Test
    void querySyntaxErrorGivesLineAndColumnOnOneLine(@TempDir Path dir) throws IOException {
        Path q = dir.resolve("broken.rq");
        Files.writeString(q, "SELECT ?x WHERE {\n  ?x ?p \n}}\n");
        Run r = Run.of("query", "--store", store.toString(), q.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("broken.rq") && r.err().contains("line 3"), r.err());
    }

    @Test
    void missingStoreIsOneLineAndExitTwo() {
        Run r = Run.of("query", "--store", tmp.resolve("nowhere").toString(), "timeline");
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("no store at"), r.err());
        assertFalse(Files.exists(tmp.resolve("nowhere")), "a query must not create a store");
    }

    @Test
    void missingInputIsReportedBeforeAnyWork() {
        Path s = tmp.resolve("untouched");
        Run r = Run.of("build", "--store", s.toString(), "examples/01-us-entity-list-servers.txt", "no/such/file.html");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no/such/file.html: no such file or folder"), r.err());
        assertFalse(Files.exists(s), "nothing may be built when an input is missing");
    }

    @Test
    void badInputsAreNamedWhileGoodOnesStillLoad(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.copy(Path.of("examples/01-us-entity-list-servers.txt"), in.resolve("good.txt"));
        Files.writeString(in.resolve("empty.txt"), "");
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        Files.write(in.resolve("binary.html"), binary);
        Path s = dir.resolve("store");
        Run r = Run.of("build", "--store", s.toString(), in.toString());
        assertEquals(1, r.code(), r.err());
        List<String> lines = Arrays.asList(r.errLines());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("techmil: empty.txt: ")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("techmil: binary.html: ")), r.err());
        assertTrue(lines.get(lines.size() - 1).startsWith("loaded 1 article,"), r.err());
        assertTrue(lines.get(lines.size() - 1).contains("2 inputs failed"), r.err());
        Run q = Run.of("query", "--store", s.toString(), "--format", "csv", "-e",
                "SELECT ?n WHERE { ?a <https://w3id.org/techmil/ontology#sourceName> ?n }");
        assertEquals("n\r\ngood.txt\r\n", q.out());
    }

    @Test
    void cleanJsonlCarriesTheContractFields() throws IOException {
        Run r = Run.of("clean", "--format", "jsonl", "examples/06-microsoft-azure-unit-8200.html",
                "examples/01-us-entity-list-servers.txt");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode n = json.readTree(line);
            for (String field : List.of("source", "headline", "datePublished", "author", "url", "body"))
                assertTrue(n.has(field), field + " missing in " + line);
            assertTrue(n.get("body").asText().length() > 500);
        }
        JsonNode html = json.readTree(lines.get(0));
        assertEquals("06-microsoft-azure-unit-8200.html", html.get("source").asText());
        assertTrue(html.get("datePublished").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void validateFindsNoViolationsOnTheBuiltExamples() {
        Run r = Run.of("validate", "--store", store.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("0 violations"), r.err());
    }

    @Test
    void unknownOptionIsOneLineWithAPointerToHelp() {
        Run r = Run.of("build", "--frobnicate", "examples");
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("techmil build --help"), r.err());
    }
}
