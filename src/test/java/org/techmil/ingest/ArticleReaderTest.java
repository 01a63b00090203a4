package org.techmil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** WARC files, JSON lines and gzipped pages are read record by record into articles. */
class ArticleReaderTest {
    static final String PAGE = "<!DOCTYPE html><html><head><title>Probe</title></head><body><article>"
            + "<p>The Commerce Department opened an investigation into Huawei over chip exports.</p></article></body></html>";

    /** Collects what a reader hands over. */
    static final class Collect implements ArticleHandler {
        final List<Incoming> articles = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        long bytes;
        int stopAfter = Integer.MAX_VALUE;

        @Override
        public boolean article(Incoming a) {
            articles.add(a);
            return articles.size() < stopAfter;
        }

        @Override
        public void failed(InputException e) {
            failures.add(e.getMessage());
        }

        @Override
        public void progress(long n) {
            bytes += n;
        }
    }

    static void writeWarc(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                compression)) {
            w.write(response("https://news.example.org/a", 200, MediaType.HTML_UTF8, PAGE));
            w.write(response("https://news.example.org/logo.png", 200, MediaType.parse("image/png"), "\u0089PNG"));
            w.write(response("https://news.example.org/gone", 404, MediaType.HTML_UTF8, "<html>not found</html>"));
            w.write(response("https://news.example.org/b", 200, MediaType.parse("text/html"), PAGE.replace("Huawei", "ZTE")));
        }
    }

    private static WarcResponse response(String uri, int status, MediaType type, String body) {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        try {
            return new WarcResponse.Builder(URI.create(uri)).body(http).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void warcGzYieldsEachHtmlResponseNamedByItsTargetUri(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        writeWarc(warc, WarcCompression.GZIP);
        Collect c = new Collect();
        assertTrue(ArticleReader.read(warc, c));
        assertEquals(List.of("https://news.example.org/a", "https://news.example.org/b"),
                c.articles.stream().map(a -> a.raw().sourceName()).toList(), "images and 404s are passed over");
        assertEquals(InputFormat.HTML, c.articles.get(0).raw().format());
        assertTrue(new String(c.articles.get(1).raw().content(), StandardCharsets.UTF_8).contains("ZTE"));
        assertEquals("https://news.example.org/a", c.articles.get(0).hints().url());
        assertEquals(List.of(), c.failures);
        assertEquals(Files.size(warc), c.bytes, "progress counts the file's bytes");
    }

    @Test
    void uncompressedWarcReadsTheSame(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc");
        writeWarc(warc, WarcCompression.NONE);
        Collect c = new Collect();
        ArticleReader.read(warc, c);
        assertEquals(2, c.articles.size());
    }

    @Test
    void handlerCanStopInsideAContainer(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        writeWarc(warc, WarcCompression.GZIP);
        Collect c = new Collect();
        c.stopAfter = 1;
        assertFalse(ArticleReader.readAll(List.of(warc, warc), c));
        assertEquals(1, c.articles.size());
    }

    @Test
    void jsonLinesCarryMetadataAndBadLinesAreNamedByLineNumber(@TempDir Path dir) throws IOException {
        Path jsonl = dir.resolve("feed.jsonl");
        Files.writeString(jsonl, String.join("\n",
                "{\"url\":\"https://x.example/1\",\"html\":\"" + PAGE.replace("\"", "\\\"") + "\",\"title\":\"Probe opened\",\"date\":\"2025-03-14T10:00:00Z\",\"author\":\"A. Writer\"}",
                "{\"source\":\"wire-2\",\"text\":\"Plain text of an article.\"}",
                "not json at all",
                "",
                "{\"url\":\"https://x.example/3\"}",
                "{\"text\":\"no name\"}"));
        Collect c = new Collect();
        ArticleReader.read(jsonl, c);
        assertEquals(2, c.articles.size());
        Incoming first = c.articles.get(0);
        assertEquals("https://x.example/1", first.raw().sourceName());
        assertEquals(InputFormat.HTML, first.raw().format());
        assertEquals(new Hints("Probe opened", "2025-03-14T10:00:00Z", "A. Writer", "https://x.example/1"), first.hints());
        assertEquals("wire-2", c.articles.get(1).raw().sourceName());
        assertEquals(InputFormat.TEXT, c.articles.get(1).raw().format());
        assertNull(c.articles.get(1).hints().url());
        assertEquals(3, c.failures.size(), c.failures.toString());
        assertTrue(c.failures.get(0).startsWith("feed.jsonl:3: not a JSON object"), c.failures.toString());
        assertTrue(c.failures.get(1).startsWith("feed.jsonl:5: has neither \"html\" nor \"text\""), c.failures.toString());
        assertTrue(c.failures.get(2).startsWith("feed.jsonl:6: has neither \"source\" nor \"url\""), c.failures.toString());
    }

    @Test
    void gzippedPageIsNamedWithoutItsGzSuffix(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("story.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(PAGE.getBytes(StandardCharsets.UTF_8));
        }
        Collect c = new Collect();
        ArticleReader.read(gz, c);
        assertEquals(1, c.articles.size());
        assertEquals("story.html", c.articles.get(0).raw().sourceName());
        assertEquals(PAGE, new String(c.articles.get(0).raw().content(), StandardCharsets.UTF_8));
    }

    @Test
    void corruptGzipIsReportedUnderItsFileName(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("broken.html.gz");
        Files.write(gz, new byte[]{0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        Collect c = new Collect();
        assertTrue(ArticleReader.read(gz, c));
        assertEquals(0, c.articles.size());
        assertEquals(1, c.failures.size());
        assertTrue(c.failures.get(0).startsWith("broken.html.gz: cannot read"), c.failures.toString());
    }

    @Test
    void folderWalkTakesContainersButNotOtherJsonLines(@TempDir Path dir) throws Exception {
        writeWarc(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP);
        Files.writeString(dir.resolve("feed.jsonl"), "{\"url\":\"https://x.example/1\",\"text\":\"Some words here.\"}\n");
        Files.writeString(dir.resolve("gold.jsonl"), "{\"source\":\"a.txt\",\"claims\":[]}\n");
        Files.writeString(dir.resolve("notes.md"), "# notes");
        List<String> names = Inputs.expand(List.of(dir)).stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("crawl.warc.gz", "feed.jsonl"), names);
    }
}
