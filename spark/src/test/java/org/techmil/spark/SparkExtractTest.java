package org.techmil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.techmil.ingest.ArticleHandler;
import org.techmil.ingest.ArticleReader;
import org.techmil.ingest.Incoming;
import org.techmil.ingest.InputException;
import org.techmil.pipeline.Pipeline;

/** The Spark job in local mode writes, as N-Quads partitions, exactly the quads the pipeline makes of each input. */
class SparkExtractTest {
    private static final String PAGE = "<!DOCTYPE html><html><head><title>Probe</title></head><body><article>"
            + "<p>WASHINGTON - The Commerce Department opened an investigation into Huawei over chip exports, "
            + "officials said on Tuesday.</p><p>The Pentagon has accused Hikvision of supplying the People's "
            + "Liberation Army with surveillance cameras.</p></article></body></html>";
    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("techmil-spark-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    @Test
    void warcAndJsonLinesBecomeTheSameQuadsAsThePipelineMakes(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        writeWarc(in.resolve("crawl.warc.gz"));
        Files.writeString(in.resolve("feed.jsonl"),
                "{\"url\": \"https://wire.example.org/c\", \"title\": \"Probe\", \"date\": \"2026-03-02\", \"text\": "
                        + "\"Regulators said the Commerce Department is investigating ZTE over exports to Iran.\"}\n"
                        + "{\"url\": \"https://wire.example.org/d\", \"html\": \"" + PAGE.replace("\"", "\\\"")
                        .replace("Huawei", "DJI") + "\"}\n");
        Path out = dir.resolve("out");

        long articles = SparkExtract.run(sc, List.of(in.toString()), out.toString());

        TreeSet<String> expected = new TreeSet<>(pipelineQuads(in));
        List<String> written = new ArrayList<>();
        try (Stream<Path> parts = Files.list(out)) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList())
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8))
                    if (!line.isBlank())
                        written.add(line);
        }
        assertEquals(4, articles, "two HTML responses in the WARC and two JSON lines");
        assertTrue(Files.exists(out.resolve("_SUCCESS")));
        assertEquals(expected, new TreeSet<>(written));
        assertEquals(expected.size(), written.size(), "no quad written twice");
        assertTrue(written.stream().anyMatch(q -> q.contains("https://w3id.org/techmil/ontology#Investigation")),
                "claims were extracted");
    }

    /** What the pipeline makes of every article under {@code in}, read and processed in this JVM. */
    private static List<String> pipelineQuads(Path in) throws IOException, InputException {
        Pipeline p = Pipeline.create(null);
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(in)) {
            for (Path f : files.sorted().toList())
                ArticleReader.read(f, new ArticleHandler() {
                    @Override
                    public boolean article(Incoming article) {
                        try {
                            for (String l : SparkExtract.nquads(p.process(article)).split("\n"))
                                lines.add(l);
                        } catch (InputException e) {
                            throw new IllegalStateException(e);
                        }
                        return true;
                    }

                    @Override
                    public void failed(InputException e) {
                        throw new IllegalStateException(e);
                    }
                });
        }
        return lines;
    }

    private static void writeWarc(Path file) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            w.write(response("https://news.example.org/a", MediaType.HTML_UTF8, PAGE));
            w.write(response("https://news.example.org/logo.png", MediaType.parse("image/png"), "\u0089PNG"));
            w.write(response("https://news.example.org/b", MediaType.HTML_UTF8, PAGE.replace("Huawei", "ZTE")));
        }
    }

    private static WarcResponse response(String uri, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(uri)).body(http).build();
    }
}
