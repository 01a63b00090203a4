package org.techmil.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The graph formats, each read back by the tool its users open it with: NetworkX for GEXF and GraphML, Graphviz
 * {@code dot} for DOT, the Cytoscape.js element shape for cyjs, the neo4j-admin header syntax for the Neo4j CSV.
 * Expected counts come from plain SPARQL over the store, not from the export code.
 */
class GraphFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static String store;
    /** "type subject object" of every claim in the store. */
    static Set<String> claimTriples;
    static Set<String> claimParties;
    /** Microsoft's allegation in the examples: its object, claimant label and source name. */
    static String msObject;
    static String msClaimant;
    static String msSource;
    static int msClaims;

    @BeforeAll
    static void readStore() throws IOException {
        store = ExampleStore.folder().toString();
        claimTriples = new HashSet<>();
        claimParties = new HashSet<>();
        ExampleStore.select("""
                SELECT DISTINCT ?type ?s ?o WHERE {
                  VALUES ?type { tm:Allegation tm:Denial tm:Designation tm:Contract tm:Partnership tm:Investigation }
                  ?c a ?type ; tm:subject ?s ; tm:object ?o }""", r -> {
            claimTriples.add(r.getResource("type").getLocalName() + " " + r.getResource("s").getURI() + " " + r.getResource("o").getURI());
            claimParties.add(r.getResource("s").getURI());
            return claimParties.add(r.getResource("o").getURI());
        });
        List<String[]> ms = ExampleStore.select("""
                SELECT ?o ?claimant ?source WHERE {
                  ?c a tm:Allegation ; tm:subject ?s ; tm:object ?o ; tm:claimant/rdfs:label ?claimant ;
                     prov:wasDerivedFrom/tm:sourceName ?source .
                  ?s rdfs:label "Microsoft" }""",
                r -> new String[] {r.getResource("o").getURI(), r.getLiteral("claimant").getString(), r.getLiteral("source").getString()});
        assertFalse(ms.isEmpty(), "the examples should hold an allegation against Microsoft");
        msObject = ms.get(0)[0];
        msClaimant = ms.get(0)[1];
        msSource = ms.get(0)[2];
        msClaims = ExampleStore.select("""
                SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {
                  ?e rdfs:label "Microsoft" .
                  VALUES ?type { tm:Allegation tm:Denial tm:Designation tm:Contract tm:Partnership tm:Investigation }
                  ?c a ?type . { ?c tm:subject ?e } UNION { ?c tm:object ?e } }""", r -> r.getLiteral("n").getInt()).get(0);
        assertTrue(claimTriples.size() > 10, "the examples should give a real graph: " + claimTriples.size());
    }

    @Test
    void gexfIsReadByNetworkxWithEveryEntityAndOneEdgePerClaimTypeSubjectAndObject() throws Exception {
        JsonNode g = networkx(export("gexf"), "gexf");
        assertTrue(g.get("directed").asBoolean());
        assertEquals(claimParties.size(), g.get("nodes").size());
        assertEquals(claimTriples.size(), g.get("edges").size());
        checkEdgesAndNodes(g);
        JsonNode ms = microsoft(g);
        assertEquals("TechFirm", ms.get("type").asText());
        assertEquals(msClaims, ms.get("claims").asInt());
        assertTrue(ms.get("wikidata").asText().matches("Q\\d+"), ms.toString());
    }

    @Test
    void graphmlIsReadByNetworkxWithTypedAttributes() throws Exception {
        JsonNode g = networkx(export("graphml"), "graphml");
        assertEquals(claimParties.size(), g.get("nodes").size());
        assertEquals(claimTriples.size(), g.get("edges").size());
        checkEdgesAndNodes(g);
        JsonNode ms = microsoft(g);
        assertEquals(msClaims, ms.get("claims").asInt());
        assertTrue(ms.get("claims").isInt(), "claims should come back as an integer: " + ms);
        assertEquals("ellipse", ms.get("shape_type").asText(), "yEd shape of a tech firm");
    }

    @Test
    void claimsAsNodesGiveOneNodePerClaimLinkedToItsSubjectAndObject() throws Exception {
        Path file = tmp.resolve("claims.gexf");
        ExampleStore.Result r = ExampleStore.run("export", "--store", store, "-f", "gexf", "--claims-as-nodes", "-o", file.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode g = networkx(file, "gexf");
        int claims = ExampleStore.select("""
                SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE {
                  VALUES ?type { tm:Allegation tm:Denial tm:Designation tm:Contract tm:Partnership tm:Investigation }
                  ?c a ?type }""", x -> x.getLiteral("n").getInt()).get(0);
        int claimNodes = 0;
        for (JsonNode n : g.get("nodes"))
            if (n.get("kind").asText().equals("claim"))
                claimNodes++;
        assertEquals(claims, claimNodes);
        int subjects = 0;
        int objects = 0;
        for (JsonNode e : g.get("edges")) {
            String relation = e.get("relation").asText();
            if (relation.equals("subject")) {
                subjects++;
                assertEquals("claim", g.get("nodes").get(e.get("target").asText()).get("kind").asText());
            } else if (relation.equals("object")) {
                objects++;
                assertEquals("claim", g.get("nodes").get(e.get("source").asText()).get("kind").asText());
            }
        }
        assertEquals(claims, subjects);
        assertEquals(claims, objects);
    }

    @Test
    void dotIsRenderedToSvgByGraphvizWithoutWarnings() throws Exception {
        Path dot = export("dot");
        Path svg = tmp.resolve("out.svg");
        Process p = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), dot.toString())
                .redirectErrorStream(false).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals("", err.strip(), "dot should not warn");
        String out = Files.readString(svg);
        assertTrue(out.contains("<svg"), "an SVG drawing");
        assertTrue(out.contains(">Microsoft<"), "Microsoft's node is drawn with its label");
        assertEquals(claimTriples.size(), out.split("class=\"edge\"", -1).length - 1, "one drawn edge per aggregated edge");
    }

    @Test
    void cyjsHasTheCytoscapeElementShape() throws Exception {
        JsonNode root = JSON.readTree(export("cyjs").toFile());
        JsonNode nodes = root.path("elements").path("nodes");
        JsonNode edges = root.path("elements").path("edges");
        assertTrue(nodes.isArray() && edges.isArray(), "elements.nodes and elements.edges are arrays");
        assertEquals(claimParties.size(), nodes.size());
        assertEquals(claimTriples.size(), edges.size());
        Set<String> ids = new HashSet<>();
        for (JsonNode n : nodes) {
            JsonNode d = n.get("data");
            assertTrue(d.get("id").isTextual() && d.get("label").isTextual(), n.toString());
            assertTrue(ids.add(d.get("id").asText()), "ids are unique: " + d.get("id"));
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode e : edges) {
            JsonNode d = e.get("data");
            assertTrue(ids.contains(d.get("source").asText()) && ids.contains(d.get("target").asText()), e.toString());
            assertTrue(ids.add(d.get("id").asText()), "edge ids are unique among all elements: " + d.get("id"));
            assertTrue(d.get("count").asInt() >= 1);
            assertTrue(d.get("claimants").isArray() && d.get("sources").isArray());
            seen.add(d.get("claimType").asText() + " " + d.get("source").asText() + " " + d.get("target").asText());
        }
        assertEquals(claimTriples, seen);
        assertTrue(root.get("style").isArray() && root.get("style").size() > 0, "a Cytoscape.js stylesheet");
        for (JsonNode s : root.get("style"))
            assertTrue(s.get("selector").isTextual() && s.get("style").isObject(), s.toString());
    }

    @Test
    void neo4jCsvHeadersFollowTheImportToolSyntaxAndRelationshipsPointAtNodes() throws Exception {
        Path dir = tmp.resolve("neo4j");
        ExampleStore.Result r = ExampleStore.run("export", "--store", store, "-f", "neo4j", "-o", dir.toString());
        assertEquals(0, r.code(), r.err());
        List<String> nodes = Files.readAllLines(dir.resolve("entities.csv"));
        List<String> rels = Files.readAllLines(dir.resolve("relationships.csv"));
        List<String> nodeHeader = Neo4jHeaders.check(nodes.get(0));
        List<String> relHeader = Neo4jHeaders.check(rels.get(0));
        assertEquals(1, nodeHeader.stream().filter(h -> h.matches("[^:]*:ID(\\(.*\\))?")).count(), "one :ID column");
        assertTrue(nodeHeader.contains(":LABEL"));
        assertTrue(relHeader.containsAll(List.of(":START_ID", ":END_ID", ":TYPE")));
        assertEquals(claimParties.size(), nodes.size() - 1);
        assertEquals(claimTriples.size(), rels.size() - 1);
        Set<String> ids = new HashSet<>();
        for (String line : nodes.subList(1, nodes.size()))
            ids.add(Neo4jHeaders.fields(line).get(nodeHeader.indexOf("id:ID")));
        assertEquals(claimParties, ids);
        for (String line : rels.subList(1, rels.size())) {
            List<String> f = Neo4jHeaders.fields(line);
            assertEquals(relHeader.size(), f.size(), line);
            assertTrue(ids.contains(f.get(0)) && ids.contains(f.get(1)), line);
            assertTrue(f.get(2).matches("[A-Z]+"), "relationship type " + f.get(2));
            assertTrue(f.get(relHeader.indexOf("count:int")).matches("\\d+"));
        }
        String cypher = Files.readString(dir.resolve("load.cypher"));
        assertTrue(cypher.contains("LOAD CSV WITH HEADERS FROM 'file:///entities.csv'"));
        assertTrue(cypher.contains("LOAD CSV WITH HEADERS FROM 'file:///relationships.csv'"));
        assertTrue(cypher.contains("CREATE (a)-[r:ALLEGATION]->(b)"));
    }

    @Test
    void entityWithHopsKeepsOnlyItsNeighbourhood() throws Exception {
        Path file = tmp.resolve("ms.cyjs");
        ExampleStore.Result r = ExampleStore.run("export", "--store", store, "-f", "cyjs", "--entity", "microsoft",
                "--hops", "1", "-o", file.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = JSON.readTree(file.toFile());
        String ms = null;
        for (JsonNode n : root.path("elements").path("nodes"))
            if (n.get("data").get("label").asText().equals("Microsoft"))
                ms = n.get("data").get("id").asText();
        assertTrue(ms != null, "Microsoft is in its own neighbourhood");
        int claims = 0;
        for (JsonNode e : root.path("elements").path("edges")) {
            JsonNode d = e.get("data");
            assertTrue(d.get("source").asText().equals(ms) || d.get("target").asText().equals(ms),
                    "one hop: every edge touches Microsoft: " + d);
            claims += d.get("count").asInt();
        }
        assertEquals(msClaims, claims);
        assertTrue(root.path("elements").path("nodes").size() < claimParties.size());
    }

    @Test
    void typeAndDateFiltersKeepOnlyMatchingClaims() throws Exception {
        Path file = tmp.resolve("allegations.cyjs");
        ExampleStore.Result r = ExampleStore.run("export", "--store", store, "-f", "cyjs", "--type", "allegation",
                "--since", "1900-01-01", "-o", file.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode edges = JSON.readTree(file.toFile()).path("elements").path("edges");
        long allegations = claimTriples.stream().filter(t -> t.startsWith("Allegation ")).count();
        assertEquals(allegations, edges.size());
        for (JsonNode e : edges)
            assertEquals("Allegation", e.get("data").get("claimType").asText());

        ExampleStore.Result future = ExampleStore.run("export", "--store", store, "-f", "cyjs", "--since", "2999-01-01",
                "-o", tmp.resolve("none.cyjs").toString());
        assertEquals(0, future.code(), future.err());
        assertEquals(0, JSON.readTree(tmp.resolve("none.cyjs").toFile()).path("elements").path("edges").size());
    }

    @Test
    void badArgumentsFailWithOneLineAndExitCode2() throws IOException {
        ExampleStore.Result noFolder = ExampleStore.run("export", "--store", store, "-f", "neo4j");
        assertEquals(2, noFolder.code());
        assertTrue(noFolder.err().contains("-o DIR"), noFolder.err());
        ExampleStore.Result unknown = ExampleStore.run("export", "--store", store, "-f", "dot", "--entity", "No Such Firm Ltd");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("no entity named 'No Such Firm Ltd'"), unknown.err());
        ExampleStore.Result rdfFilter = ExampleStore.run("export", "--store", store, "-f", "trig", "--type", "allegation");
        assertEquals(2, rdfFilter.code());
        assertEquals(1, rdfFilter.err().strip().lines().count(), rdfFilter.err());
    }

    private static void checkEdgesAndNodes(JsonNode g) {
        Set<String> seen = new HashSet<>();
        boolean foundMs = false;
        for (JsonNode e : g.get("edges")) {
            seen.add(e.get("claimType").asText() + " " + e.get("source").asText() + " " + e.get("target").asText());
            assertTrue(e.get("count").asInt() >= 1, e.toString());
            assertTrue(e.has("firstDate") && e.has("lastDate") && e.has("sources"), "dates and sources: " + e);
            if (e.get("claimType").asText().equals("Allegation") && e.get("target").asText().equals(msObject)
                    && g.get("nodes").get(e.get("source").asText()).get("label").asText().equals("Microsoft")) {
                foundMs = true;
                assertTrue(e.get("claimants").asText().contains(msClaimant), e.toString());
                assertTrue(e.get("sources").asText().contains(msSource), e.toString());
            }
        }
        assertEquals(claimTriples, seen);
        assertTrue(foundMs, "the Microsoft allegation edge");
        for (Map.Entry<String, JsonNode> n : (Iterable<Map.Entry<String, JsonNode>>) () -> g.get("nodes").fields()) {
            assertTrue(n.getValue().get("label").isTextual(), n.toString());
            assertTrue(n.getValue().get("type").isTextual(), n.toString());
        }
    }

    private static JsonNode microsoft(JsonNode g) {
        for (JsonNode n : g.get("nodes"))
            if (n.get("label").asText().equals("Microsoft"))
                return n;
        throw new AssertionError("no Microsoft node");
    }

    private static Path export(String format) {
        Path file = tmp.resolve("out." + format);
        if (!Files.exists(file)) {
            ExampleStore.Result r = ExampleStore.run("export", "--store", store, "-f", format, "-o", file.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.err().startsWith("exported "), r.err());
        }
        return file;
    }

    /** What NetworkX reads from the file (src/test/resources/export/read_graph.py). */
    static JsonNode networkx(Path file, String format) throws Exception {
        Path script = Path.of("src/test/resources/export/read_graph.py");
        Process p = new ProcessBuilder("python3", script.toString(), file.toString(), format).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "NetworkX could not read " + file + ": " + err);
        return JSON.readTree(out);
    }
}
