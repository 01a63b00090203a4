package org.techmil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techmil.ingest.InputException;
import org.techmil.ingest.InputFormat;
import org.techmil.ingest.RawArticle;
import org.techmil.rdf.Vocab;

/**
 * Hostile and broken input through clean and extract ({@link Pipeline#process}, which calls the {@code Cleaner}
 * and the {@code Extractor} and builds the graph): random bytes, truncated and malformed HTML, invalid, mixed and
 * mislabelled encodings, zero-width and right-to-left characters, 10,000-deep nesting, enormous single lines.
 * Inputs are generated from a fixed seed (so a failure names an input that can be made again) by mutating the
 * bundled examples. For every input: it becomes an article or an {@link InputException} (one line naming it),
 * never another exception or error; an article's graph is valid RDF and every evidence quote is the body's text
 * at its code-point offsets.
 * <p>
 * CI tries {@value #DEFAULT_TRIES} inputs per generator; more with
 * {@code mvn -Dtest=HostileInputTest -Dtechmil.fuzz.tries=5000 -Dtechmil.fuzz.seed=N verify}.
 */
class HostileInputTest {
    static final int DEFAULT_TRIES = 60;
    private static final int TRIES = Integer.getInteger("techmil.fuzz.tries", DEFAULT_TRIES);
    private static final long SEED = Long.getLong("techmil.fuzz.seed", 20261204L);

    private static Pipeline pipeline;
    private static final List<byte[]> HTML = new ArrayList<>();
    private static final List<byte[]> TEXT = new ArrayList<>();
    private static final AtomicInteger tried = new AtomicInteger();
    private static final AtomicInteger articles = new AtomicInteger();

    @BeforeAll
    static void seeds() throws Exception {
        pipeline = Pipeline.create(null);
        try (Stream<Path> s = Stream.concat(Files.list(Path.of("examples")), Files.walk(Path.of("src/test/resources/corpus")))) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".html"))
                    HTML.add(Files.readAllBytes(p));
                else if (n.endsWith(".txt"))
                    TEXT.add(Files.readAllBytes(p));
            }
        }
        assertTrue(HTML.size() >= 5 && TEXT.size() >= 5, "seed articles: " + HTML.size() + " HTML, " + TEXT.size() + " text");
    }

    @AfterAll
    static void report() {
        System.out.println("HostileInputTest: " + tried.get() + " inputs tried, " + articles.get()
                + " became articles, the others were refused with one line");
    }

    @Test
    void randomBytes() {
        forAll("random bytes", r -> {
            byte[] b = new byte[r.nextInt(r.nextBoolean() ? 64 : 16384)];
            switch (r.nextInt(3)) {
                case 0 -> r.nextBytes(b);
                case 1 -> { // printable ASCII heavy in markup characters
                    String alphabet = "<<>>/=\"' \n\tabcdefghiklmnoprstuvwxyz!-&;#[]?";
                    for (int i = 0; i < b.length; i++)
                        b[i] = (byte) alphabet.charAt(r.nextInt(alphabet.length()));
                }
                default -> { // high bytes and stray controls between words
                    for (int i = 0; i < b.length; i++)
                        b[i] = (byte) (r.nextInt(4) == 0 ? 0x80 + r.nextInt(128) : r.nextInt(8) == 0 ? r.nextInt(32) : 'a' + r.nextInt(26));
                }
            }
            return b;
        });
    }

    @Test
    void truncatedHtml() {
        forAll("truncated HTML", r -> {
            byte[] page = pick(r, HTML);
            return java.util.Arrays.copyOf(page, r.nextInt(page.length + 1));
        });
    }

    private static final String[] MARKUP = {"<", ">", "</div>", "<div>", "<!--", "-->", "<script>", "</script>",
            "<style>", "<![CDATA[", "]]>", "&", "&#x110000;", "&#0;", "&#xD800;", "&nbsp", "&amp;&lt;", "\"", "'",
            "<table><tr><td>", "</td></tr>", "<p", "<?xml version=\"1.0\"?>", "<!DOCTYPE html>", "\u0000", "<html>",
            "</html>", "<body>", "</body>", "<noscript>", "<template>", "<svg><foreignObject>", "<math>", "<title>",
            "<a href=\"javascript:alert(1)\">", "<a href=\"http://[::1\">", "<link rel=canonical href=\"ht tp://\u0001x\">",
            "<meta property=\"article:published_time\" content=\"9999-99-99\">", "<meta name=author content=\"\">",
            "<time datetime=\"-0001-13-45\">", "<h1>", "</h1>", "<br>", "<plaintext>", "<xmp>", "<iframe srcdoc=\"<p>x\">"};

    @Test
    void malformedHtml() {
        forAll("malformed HTML", r -> {
            byte[] page = pick(r, HTML);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(page);
            byte[] b = out.toByteArray();
            for (int k = 1 + r.nextInt(12); k > 0; k--) {
                int at = r.nextInt(b.length + 1);
                ByteArrayOutputStream m = new ByteArrayOutputStream();
                m.write(b, 0, at);
                switch (r.nextInt(4)) {
                    case 0 -> m.writeBytes(MARKUP[r.nextInt(MARKUP.length)].getBytes(StandardCharsets.UTF_8));
                    case 1 -> at = Math.min(b.length, at + r.nextInt(400)); // delete a stretch
                    case 2 -> m.write(b, at, Math.min(b.length - at, r.nextInt(400))); // repeat a stretch
                    default -> m.write(r.nextInt(256));
                }
                m.write(b, at, b.length - at);
                b = m.toByteArray();
            }
            return b;
        });
    }

    private static final String[] CHARSETS = {"UTF-8", "windows-1252", "ISO-8859-1", "UTF-16LE", "UTF-16BE",
            "Shift_JIS", "GB18030", "KOI8-R", "ISO-8859-7", "Big5", "EUC-KR", "UTF-32"};
    private static final String[] DECLARED = {"utf-8", "iso-8859-1", "utf-16", "utf-7", "x-bogus", "UTF-32",
            "shift_jis", "gb2312", "", "utf8mb4", "ISO-2022-JP", "ebcdic-cp-us", "cp1252\" onload=\"x"};
    private static final byte[][] INVALID = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xFF, (byte) 0xFE},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

    @Test
    void invalidMixedAndMislabelledEncodings() {
        forAll("encodings", r -> {
            boolean html = r.nextBoolean();
            String text = new String(pick(r, html ? HTML : TEXT), StandardCharsets.UTF_8);
            if (html && r.nextBoolean())
                text = text.replaceFirst("(?i)<head>", "<head><meta charset=\"" + DECLARED[r.nextInt(DECLARED.length)] + "\">");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (r.nextInt(4) == 0)
                out.writeBytes(INVALID[5 - r.nextInt(2)]); // a BOM that may not match
            int at = 0;
            while (at < text.length()) { // segments, each in its own charset, with invalid sequences between
                int end = Math.min(text.length(), at + 1 + r.nextInt(Math.max(1, text.length() / (1 + r.nextInt(6)))));
                if (end < text.length() && Character.isLowSurrogate(text.charAt(end)))
                    end++;
                Charset cs = Charset.forName(CHARSETS[r.nextInt(r.nextBoolean() ? 2 : CHARSETS.length)]);
                out.writeBytes(text.substring(at, end).getBytes(cs));
                if (r.nextInt(3) == 0)
                    out.writeBytes(INVALID[r.nextInt(INVALID.length)]);
                at = end;
            }
            return out.toByteArray();
        });
    }

    private static final String[] INVISIBLE = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E",
            "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C",
            "\u0301", "\u0338", "\uFFFD", "\uD83D\uDE00", "\uD800", "\uDFFF", "\u2028", "\u2029", "\u0085", "\u3000",
            "\u05D0\u05B8", "\u0627\u0644", "\u0000", "\u001B[31m"};

    @Test
    void zeroWidthAndRightToLeftCharacters() {
        forAll("zero-width and right-to-left", r -> {
            boolean html = r.nextBoolean();
            StringBuilder s = new StringBuilder(new String(pick(r, html ? HTML : TEXT), StandardCharsets.UTF_8));
            for (int k = 1 + r.nextInt(r.nextBoolean() ? 20 : 400); k > 0; k--) {
                int at = r.nextInt(s.length() + 1);
                if (at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)))
                    at++;
                s.insert(at, INVISIBLE[r.nextInt(INVISIBLE.length)]);
            }
            // lone surrogates are kept by writing CESU-style bytes by hand, as broken encoders do
            return cesu8(s.toString());
        });
    }

    @Test
    void characterReferencesToSurrogatesNulAndBeyondUnicode() {
        // found by the longer run (malformed HTML, seed -7313497656199162637): &#xD800; decoded to a lone surrogate
        String words = new String(TEXT.get(2), StandardCharsets.UTF_8);
        for (String ref : List.of("&#xD800;", "&#xDFFF;", "&#55357;", "&#xD83D;&#xDE00;", "&#0;", "&#x110000;", "&#xFFFE;")) {
            String page = "<html><head><title>T" + ref + "</title><meta name=\"author\" content=\"A" + ref + "\"></head><body><p>"
                    + words.replace("\n\n", "</p><p>").replace(". ", ". " + ref + " ") + "</p></body></html>";
            check("character reference " + ref, page.getBytes(StandardCharsets.UTF_8), InputFormat.HTML);
        }
    }

    @Test
    void tenThousandDeepNesting() {
        String words = new String(TEXT.getFirst(), StandardCharsets.UTF_8);
        for (String[] tag : List.of(new String[]{"<div>", "</div>"}, new String[]{"<b><i>", "</i></b>"},
                new String[]{"<table><tr><td>", "</td></tr></table>"}, new String[]{"<ul><li>", ""}, new String[]{"<p><span>", ""})) {
            StringBuilder page = new StringBuilder("<html><head><title>Deep</title></head><body>");
            page.append(tag[0].repeat(10_000)).append("<p>").append(words.replace("\n\n", "</p><p>")).append("</p>")
                    .append(tag[1].repeat(10_000)).append("</body></html>");
            check("10,000-deep " + tag[0], page.toString().getBytes(StandardCharsets.UTF_8), InputFormat.HTML);
        }
        // and the same depth of text nesting: quotes and brackets in a text scrape
        String nested = "(\u201c".repeat(10_000) + words + "\u201d)".repeat(10_000);
        check("10,000-deep quotes", nested.getBytes(StandardCharsets.UTF_8), InputFormat.TEXT);
    }

    @Test
    void enormousSingleLines() {
        String words = new String(TEXT.get(1), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        StringBuilder line = new StringBuilder();
        while (line.length() < 4_000_000)
            line.append(words).append(' ');
        String oneLine = line.toString();
        check("a 4 MB line of words", oneLine.getBytes(StandardCharsets.UTF_8), InputFormat.TEXT);
        check("a 4 MB paragraph", ("<html><body><h1>Long</h1><p>" + oneLine + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8), InputFormat.HTML);
        check("a 4 MB word", ("Word " + "x".repeat(4_000_000) + " and more words after it to make a sentence.")
                .getBytes(StandardCharsets.UTF_8), InputFormat.TEXT);
        check("a 4 MB attribute", ("<html><body><p title=\"" + "a".repeat(4_000_000) + "\">" + words + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8), InputFormat.HTML);
        check("4 MB without a sentence end", (words.replaceAll("[.!?]", ",") + " and".repeat(1_000_000))
                .getBytes(StandardCharsets.UTF_8), InputFormat.TEXT);
    }

    /** Tries {@link #TRIES} inputs from {@code generator}, each as HTML and as a text scrape in turn. */
    private static void forAll(String what, Function<Random, byte[]> generator) {
        Random seeds = new Random(SEED ^ what.hashCode());
        for (int i = 0; i < TRIES; i++) {
            long seed = seeds.nextLong();
            byte[] input = generator.apply(new Random(seed));
            check(what + " #" + i + " (seed " + seed + ")", input, i % 2 == 0 ? InputFormat.HTML : InputFormat.TEXT);
        }
    }

    /** One input through clean, extract and rdf: an article with a sound graph, or an InputException. */
    private static void check(String what, byte[] input, InputFormat format) {
        tried.incrementAndGet();
        String name = "fuzz-" + tried.get() + (format == InputFormat.HTML ? ".html" : ".txt");
        Pipeline.Result result;
        try {
            result = pipeline.process(new RawArticle(name, input, format));
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith(name + ": ") && !e.getMessage().contains("\n"),
                    what + ": the refusal must be one line naming the input: " + e.getMessage());
            return;
        } catch (Throwable t) {
            fail(what + ": " + t, t);
            return;
        }
        articles.incrementAndGet();
        Graph g = result.graph();
        String body = result.article().body();
        // valid RDF: written as N-Triples and read back, the same graph
        ByteArrayOutputStream nt = new ByteArrayOutputStream();
        RDFDataMgr.write(nt, g, Lang.NTRIPLES);
        Graph back = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(nt.toByteArray())).lang(Lang.NTRIPLES).strict(true).parse(back);
        } catch (RuntimeException e) {
            fail(what + ": the article graph is not valid N-Triples: " + e.getMessage(), e);
        }
        assertTrue(g.isIsomorphicWith(back), what + ": the graph does not survive N-Triples");
        // every evidence quote is the body at its code-point offsets
        g.find(Node.ANY, Vocab.QUOTE, Node.ANY).forEachRemaining(t -> {
            Node ev = t.getSubject();
            int start = intOf(g, ev, Vocab.START);
            int end = intOf(g, ev, Vocab.END);
            int[] cps = body.codePoints().toArray();
            assertTrue(0 <= start && start <= end && end <= cps.length, what + ": offsets " + start + ".." + end);
            assertEquals(new String(cps, start, end - start), t.getObject().getLiteralLexicalForm(), what + ": quote at " + start);
        });
    }

    private static int intOf(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        assertTrue(it.hasNext(), "no " + p + " on " + s);
        return Integer.parseInt(it.next().getObject().getLiteralLexicalForm());
    }

    private static byte[] pick(Random r, List<byte[]> from) {
        return from.get(r.nextInt(from.size()));
    }

    /** UTF-8, except that unpaired surrogates are written as their 3-byte forms (invalid UTF-8, as CESU-8 writes). */
    private static byte[] cesu8(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.writeBytes(s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                i++;
            } else if (Character.isSurrogate(c)) {
                out.write(0xE0 | (c >> 12));
                out.write(0x80 | ((c >> 6) & 0x3F));
                out.write(0x80 | (c & 0x3F));
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
