package org.techmil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real build, in a JVM of {@value #HEAP}, over a folder where hostile and broken inputs sit among good
 * articles: a 100 MB page, gzip bombs in each compressed form read (.html.gz, .jsonl.gz, .warc.gz), random bytes,
 * an empty file, broken JSON lines, a truncated WARC file, 10,000-deep nesting and an 8 MB single line. Each bad
 * input gets one line naming it, the good ones load, and the heap never runs out.
 */
class BadInputBuildTest {
    static final String HEAP = "-Xmx512m";
    private static final int MB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void eachBadInputGetsOneLineNamingItAndTheGoodOnesLoadInABoundedHeap() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String good1 = Files.readString(Path.of("examples/01-us-entity-list-servers.txt"));
        String good2 = Files.readString(Path.of("examples/06-microsoft-azure-unit-8200.html"));
        String good3 = Files.readString(Path.of("examples/03-pentagon-list-tencent-catl.txt"));
        Files.writeString(in.resolve("a-good.txt"), good1);
        Files.writeString(in.resolve("b-good.html"), good2);

        // what each bad input must be told with, on its one line
        Map<String, String> bad = new TreeMap<>();
        Files.writeString(in.resolve("empty.txt"), "\n \n");
        bad.put("empty.txt", "empty input");
        byte[] random = new byte[64 * 1024];
        new Random(3).nextBytes(random);
        Files.write(in.resolve("random.html"), random);
        bad.put("random.html", "binary content");
        try (OutputStream out = Files.newOutputStream(in.resolve("huge.html"))) { // 100 MB of real-looking HTML
            out.write("<html><body><article>".getBytes(StandardCharsets.UTF_8));
            byte[] para = ("<p>" + good1.replace("\n\n", "</p><p>") + "</p>").getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < 100L * MB; n += para.length)
                out.write(para);
        }
        bad.put("huge.html", "larger than the 64 MB an article may have");
        gzipRepeated(in.resolve("bomb.html.gz"), "<html><body>".getBytes(StandardCharsets.UTF_8), (byte) ' ', 100L * MB, new byte[0]);
        bad.put("bomb.html.gz", "article is larger than 64 MB");
        // a JSON line that never ends (256 MB, half the heap), then a good line
        gzipRepeated(in.resolve("bomb.jsonl.gz"), "{\"url\": \"https://example.org/bomb\", \"text\": \"".getBytes(StandardCharsets.UTF_8),
                (byte) 'a', 256L * MB, ("\"}\n" + jsonLine("https://example.org/after-bomb", good3)).getBytes(StandardCharsets.UTF_8));
        bad.put("bomb.jsonl.gz:1", "line longer than 65 MB");
        // a WARC record of 100 MB, then a good one
        ByteArrayOutputStream after = new ByteArrayOutputStream();
        after.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        after.writeBytes(warcRecord("https://example.org/after-warc-bomb", good2.getBytes(StandardCharsets.UTF_8)));
        long bodyLength = 100L * MB;
        gzipRepeated(in.resolve("bomb.warc.gz"), warcHeader("https://example.org/warc-bomb", bodyLength), (byte) 'x', bodyLength,
                after.toByteArray());
        bad.put("https://example.org/warc-bomb", "article is larger than 64 MB");
        // JSON lines: one good, three bad
        Files.writeString(in.resolve("mixed.jsonl"), jsonLine("https://example.org/jsonl-good", good1.replace("Entity List", "entity list"))
                + "this is not json\n{\"url\": \"https://example.org/no-body\"}\n[1, 2, 3]\n");
        bad.put("mixed.jsonl:2", "not a JSON object");
        bad.put("mixed.jsonl:3", "has neither \"html\" nor \"text\"");
        bad.put("mixed.jsonl:4", "not a JSON object");
        // a WARC file cut short in its second record
        byte[] warc = concat(warcRecord("https://example.org/warc-good", good1.replace("servers", "server racks").getBytes(StandardCharsets.UTF_8)),
                "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), warcRecord("https://example.org/warc-cut", good2.getBytes(StandardCharsets.UTF_8)));
        Files.write(in.resolve("cut.warc"), java.util.Arrays.copyOf(warc, warc.length - good2.length() / 2));
        bad.put("cut.warc", "unreadable WARC record, the rest of the file is skipped");
        // hostile but readable: they load as articles
        Files.writeString(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(10_000) + "<p>"
                + good3.replace("\n\n", "</p><p>") + "</p>" + "</div>".repeat(10_000) + "</body></html>");
        StringBuilder line = new StringBuilder();
        while (line.length() < 8 * MB)
            line.append(good1.replaceAll("\\s+", " ")).append(' ');
        Files.writeString(in.resolve("long-line.txt"), line);
        bad.put("long-line.txt", "no article text found"); // one line of 8 MB is not an article's text

        Path store = dir.resolve("store");
        try (TechmilProcess p = TechmilProcess.start(List.of(HEAP), "build", "--store", store.toString(), in.toString())) {
            int code = p.waitFor(600);
            List<String> lines = p.errLines().stream().filter(l -> !l.startsWith("built ")).toList();
            String all = String.join("\n", p.errLines());
            assertEquals(1, code, all);
            for (var b : bad.entrySet()) {
                List<String> about = lines.stream().filter(l -> l.startsWith("techmil: " + b.getKey() + ": ")
                        || l.startsWith("techmil: " + b.getKey() + " ")).toList();
                assertEquals(1, about.size(), "one line about " + b.getKey() + ":\n" + all);
                assertTrue(about.getFirst().contains(b.getValue()), about.getFirst());
            }
            assertEquals(bad.size() + 1, lines.size(), "one line per bad input and the summary:\n" + all);
            String summary = lines.getLast();
            assertTrue(summary.startsWith("loaded 7 articles, ") && summary.contains(" " + bad.size() + " inputs failed"), all);
        }
        Run q = Run.of("query", "--store", store.toString(), "--format", "csv", "-e",
                "SELECT ?n WHERE { ?a <https://w3id.org/techmil/ontology#sourceName> ?n } ORDER BY ?n");
        assertEquals(0, q.code(), q.err());
        assertEquals(List.of("n", "a-good.txt", "b-good.html", "deep.html", "https://example.org/after-bomb",
                "https://example.org/after-warc-bomb", "https://example.org/jsonl-good", "https://example.org/warc-good"),
                q.out().lines().toList());
    }

    private static String jsonLine(String url, String text) {
        return "{\"url\": \"" + url + "\", \"text\": \"" + text.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n") + "\"}\n";
    }

    private static byte[] warcHeader(String uri, long length) {
        return ("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
                + ">\r\nWARC-Date: 2025-03-01T00:00:00Z\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: text/html\r\nContent-Length: "
                + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] warcRecord(String uri, byte[] body) {
        return concat(warcHeader(uri, body.length), body);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts)
            out.writeBytes(p);
        return out.toByteArray();
    }

    /** A gzip file of {@code head}, {@code count} times {@code fill}, then {@code tail}: small on disk, huge inflated. */
    private static void gzipRepeated(Path file, byte[] head, byte fill, long count, byte[] tail) throws IOException {
        byte[] block = new byte[MB];
        java.util.Arrays.fill(block, fill);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(head);
            for (long n = 0; n < count; n += block.length)
                out.write(block, 0, (int) Math.min(block.length, count - n));
            out.write(tail);
        }
    }
}
