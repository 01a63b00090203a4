package org.techmil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.techmil.cli.Run;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A folder of JSON lines, a WARC file and a gzipped page builds like the same articles as plain files. */
class ContainerBuildTest {
    /** The build's summary line, whatever progress lines a slow machine printed before it. */
    static String summary(Run r) {
        return r.err().lines().filter(l -> l.startsWith("loaded ") || l.startsWith("interrupted: ")).reduce((a, b) -> b)
                .orElse(r.err());
    }

    @TempDir
    static Path dir;
    static Path in;
    static final String WARC_URI = "https://news.example.org/2026/azure-unit-8200";

    @BeforeAll
    static void writeInputs() throws IOException {
        in = dir.resolve("in");
        Files.createDirectories(in);
        ObjectMapper json = new ObjectMapper();
        String fcc = Files.readString(Path.of("examples/07-fcc-probe-huawei-zte-hikvision.html"));
        String entityList = Files.readString(Path.of("examples/01-us-entity-list-servers.txt"));
        Files.writeString(in.resolve("feed.jsonl"),
                json.writeValueAsString(Map.of("url", "https://wire.example/fcc", "html", fcc,
                        "title", "FCC widens probe", "date", "2026-03-02T07:30:00Z")) + "\n"
                        + json.writeValueAsString(Map.of("source", "wire-entity-list", "text", entityList)) + "\n");
        byte[] azure = Files.readAllBytes(Path.of("examples/06-microsoft-azure-unit-8200.html"));
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(in.resolve("crawl.warc.gz"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, azure).build();
            w.write(new WarcResponse.Builder(URI.create(WARC_URI)).body(http).build());
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("helsing.html.gz")))) {
            out.write(Files.readAllBytes(Path.of("examples/08-europe-defence-ai-helsing-mistral.html")));
        }
    }

    private static List<String> column(Run r) {
        return r.out().lines().skip(1).sorted().toList();
    }

    @Test
    void everyContainerYieldsItsArticlesNamedAsTheyArrived() {
        String store = dir.resolve("store").toString();
        Run build = Run.of("build", "--store", store, in.toString());
        assertEquals(0, build.code(), build.err());
        assertTrue(summary(build).startsWith("loaded 4 articles,"), build.err());
        Run names = Run.of("query", "--store", store, "-f", "csv", "-e",
                "SELECT ?n WHERE { ?a <https://w3id.org/techmil/ontology#sourceName> ?n }");
        assertEquals(List.of("helsing.html", "https://news.example.org/2026/azure-unit-8200", "https://wire.example/fcc",
                "wire-entity-list"), column(names));
        Run meta = Run.of("query", "--store", store, "-f", "csv", "-e",
                "PREFIX schema: <https://schema.org/> SELECT ?h ?d WHERE { ?a <https://w3id.org/techmil/ontology#sourceName> "
                        + "\"https://wire.example/fcc\" ; schema:headline ?h ; schema:datePublished ?d }");
        assertEquals(List.of("FCC widens probe,2026-03-02"), column(meta), "the JSON line's title and date win");
    }

    @Test
    void extractStreamsTheSameQuadsBuildWrites() {
        Run build = Run.of("build", "--store", dir.resolve("store2").toString(), in.toString());
        String written = summary(build).replaceAll("(?s).*\\(([0-9,]+) quads written.*", "$1").replace(",", "");
        Run extract = Run.of("extract", "--format", "nquads", "--threads", "3", in.toString());
        assertEquals(0, extract.code(), extract.err());
        assertEquals(Long.parseLong(written), extract.out().lines().filter(l -> !l.isBlank()).count());
        assertTrue(extract.out().getBytes(StandardCharsets.UTF_8).length > 10_000);
    }

    @Test
    void cleanReadsAGzippedPageButNamesAContainerItCannotShowAsOneArticle() {
        Run page = Run.of("clean", in.resolve("helsing.html.gz").toString());
        assertEquals(0, page.code(), page.err());
        assertTrue(page.out().startsWith("# helsing.html"), page.out());
        Run warc = Run.of("clean", in.resolve("crawl.warc.gz").toString());
        assertEquals(1, warc.code());
        assertTrue(warc.err().startsWith("techmil: crawl.warc.gz: holds many articles"), warc.err());
    }
}
