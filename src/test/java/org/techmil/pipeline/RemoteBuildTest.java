package org.techmil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.cli.Run;
import org.techmil.rdf.Vocab;

/** {@code build --endpoint} writes the same article graphs into a real Fuseki server as {@code extract} prints. */
class RemoteBuildTest {
    FusekiServer fuseki;
    DatasetGraph remote;
    String url;

    @BeforeEach
    void start() {
        remote = DatasetGraphFactory.createTxnMem();
        fuseki = FusekiServer.create().loopback(true).port(0).add("/tm", remote, true).build().start();
        url = "http://localhost:" + fuseki.getHttpPort() + "/tm";
    }

    @AfterEach
    void stop() {
        fuseki.stop();
    }

    /** The remote article graphs as sorted N-Quads lines, the ontology graph left out. */
    private Set<String> remoteArticleQuads() {
        return Txn.calculateRead(remote, () -> {
            Set<String> lines = new TreeSet<>();
            remote.find().forEachRemaining(q -> {
                if (!q.getGraph().equals(Vocab.ONTOLOGY_GRAPH))
                    lines.add(nquad(q));
            });
            return lines;
        });
    }

    private static String nquad(Quad q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.writeQuads(out, List.of(q).iterator());
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void articleGraphsArriveWholeWithTripleTermsAndTheOntology(@TempDir Path dir) throws Exception {
        Run build = Run.of("build", "--endpoint", url, "--batch-articles", "4", "examples");
        assertEquals(0, build.code(), build.err());
        assertTrue(build.err().contains("loaded 10 articles"), build.err());
        assertTrue(build.err().contains("into " + url), build.err());

        Run extract = Run.of("extract", "--format", "nquads", "examples");
        Set<String> expected = new TreeSet<>(extract.out().lines().filter(l -> !l.isBlank()).map(String::strip).toList());
        Set<String> actual = remoteArticleQuads();
        assertTrue(expected.size() > 1000);
        assertEquals(expected, actual);
        assertTrue(actual.stream().anyMatch(l -> l.contains("<<(")), "claims name their statement as a triple term");
        assertTrue(Txn.calculateRead(remote, () -> remote.containsGraph(Vocab.ONTOLOGY_GRAPH)));
    }

    @Test
    void rebuildingAgainstTheEndpointSkipsUnchangedAndReplacesEdited(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Path a = Files.copy(Path.of("examples/01-us-entity-list-servers.txt"), in.resolve("a.txt"));
        Files.copy(Path.of("examples/07-fcc-probe-huawei-zte-hikvision.html"), in.resolve("b.html"));
        assertEquals(0, Run.of("build", "--endpoint", url, in.toString()).code());
        int before = remoteArticleQuads().size();

        Run again = Run.of("build", "--endpoint", url, in.toString());
        assertTrue(again.err().contains("loaded 0 articles") && again.err().contains("2 unchanged skipped"), again.err());

        Files.writeString(a, Files.readString(a).replace("Zhipu AI", "Zhipu"));
        Run edited = Run.of("build", "--endpoint", url, in.toString());
        assertTrue(edited.err().contains("loaded 1 article,") && edited.err().contains("1 unchanged skipped"), edited.err());
        long hashes = remoteArticleQuads().stream().filter(l -> l.contains("#contentHash>")).count();
        assertEquals(2, hashes, "the edited article's graph is replaced, not added to");
        assertTrue(Math.abs(remoteArticleQuads().size() - before) < before / 2);
    }

    @Test
    void unreachableEndpointIsOneLineErrorWithExitCode2() {
        Run r = Run.of("build", "--endpoint", "http://localhost:1/nothing", "examples/01-us-entity-list-servers.txt");
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().startsWith("techmil: ") && r.err().contains("SPARQL endpoint http://localhost:1/nothing"), r.err());
    }

    @Test
    void endpointMustBeAnHttpUrl() {
        Run r = Run.of("build", "--endpoint", "ftp://x/y", "examples/01-us-entity-list-servers.txt");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--endpoint must be an http(s) URL"), r.err());
    }
}
