package org.techmil.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads input files into articles, streamed: one article in memory at a time, whatever the size of the file.
 * <ul>
 * <li>{@code .warc}, {@code .warc.gz}: every HTML or plain-text response (HTTP 200) or resource record, named
 * by its target URI; requests, metadata and other media types are passed over.</li>
 * <li>{@code .jsonl}, {@code .ndjson} (also {@code .gz}): one JSON object per line with {@code "url"} or
 * {@code "source"}, {@code "html"} or {@code "text"}, and optionally {@code "title"}, {@code "date"},
 * {@code "author"}; a bad line is reported as {@code file.jsonl:LINE} and the rest are read.</li>
 * <li>any other {@code .gz}: one article, named by the file name without {@code .gz}.</li>
 * <li>anything else: one article, as {@link Inputs#read(Path)}.</li>
 * </ul>
 */
public final class ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleReader() {
    }

    /** The kind of container a file name says it is. */
    public enum Container {
        WARC, JSON_LINES, GZIP, FILE;

        public static Container of(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".warc") || n.endsWith(".warc.gz"))
                return WARC;
            if (n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson") || n.endsWith(".ndjson.gz"))
                return JSON_LINES;
            if (n.endsWith(".gz"))
                return GZIP;
            return FILE;
        }
    }

    /**
     * Reads every article of {@code files} in order into {@code handler}.
     *
     * @return false when the handler asked to stop
     */
    public static boolean readAll(Iterable<Path> files, ArticleHandler handler) {
        for (Path f : files)
            if (!read(f, handler))
                return false;
        return true;
    }

    /**
     * Reads the articles of one file into {@code handler}; a file that cannot be read at all is reported to
     * {@link ArticleHandler#failed} under its name.
     *
     * @return false when the handler asked to stop
     */
    public static boolean read(Path file, ArticleHandler handler) {
        String name = file.getFileName().toString();
        try {
            return switch (Container.of(file)) {
                case WARC -> readWarc(file, handler);
                case JSON_LINES -> readJsonLines(file, handler);
                case GZIP -> readGzip(file, handler);
                case FILE -> {
                    RawArticle raw;
                    try {
                        raw = Inputs.read(file);
                    } finally {
                        handler.progress(sizeOf(file));
                    }
                    yield handler.article(new Incoming(raw));
                }
            };
        } catch (InputException e) {
            handler.failed(e);
            return true;
        } catch (IOException | RuntimeException e) {
            handler.failed(new InputException(name, "cannot read: " + e.getClass().getSimpleName() + " "
                    + oneLine(e.getMessage()), e));
            return true;
        }
    }

    private static boolean readGzip(Path file, ArticleHandler handler) throws IOException, InputException {
        String gzName = file.getFileName().toString();
        String name = gzName.substring(0, gzName.length() - 3);
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(counted(file, handler), 1 << 16)) {
            bytes = readLimited(in, gzName);
        }
        return handler.article(new Incoming(new RawArticle(name, bytes, Inputs.sniff(name, bytes))));
    }

    private static boolean readJsonLines(Path file, ArticleHandler handler) throws IOException {
        String fileName = file.getFileName().toString();
        InputStream raw = counted(file, handler);
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".gz"))
            raw = new GZIPInputStream(raw, 1 << 16);
        try (InputStream in = raw) {
            Lines lines = new Lines(in, MAX_LINE_BYTES);
            int number = 0;
            while (true) {
                int end = lines.next();
                if (end == EOF && lines.isEmpty())
                    return true;
                number++;
                if (end == TOO_LONG) {
                    // the line is passed over unread: a gzip bomb or a runaway line must not fill the heap
                    handler.failed(new InputException(fileName + ":" + number, "line longer than "
                            + MAX_LINE_BYTES / (1024 * 1024) + " MB, passed over"));
                    continue;
                }
                String line = lines.text();
                if (!line.isBlank()) {
                    Incoming article;
                    try {
                        article = jsonLine(line, fileName + ":" + number);
                    } catch (InputException e) {
                        handler.failed(e);
                        continue;
                    }
                    if (!handler.article(article))
                        return false;
                }
                if (end == EOF)
                    return true;
            }
        }
    }

    /** The longest JSON line read: an article of {@link Inputs#MAX_BYTES} and room for its escapes and fields. */
    static final int MAX_LINE_BYTES = (int) Inputs.MAX_BYTES + (1 << 20);
    private static final int EOF = -1;
    private static final int NEWLINE = 0;
    private static final int TOO_LONG = 1;

    /** Lines of a stream, each at most a given number of bytes: a longer line is read to its end and dropped. */
    static final class Lines {
        private static final int SMALL = 1 << 13;
        private final InputStream in;
        private final int max;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int len;
        private byte[] line = new byte[SMALL];
        private int lineLength;

        Lines(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        /**
         * Reads the next line, without its \n or \r\n, for {@link #text()}.
         *
         * @return {@link #NEWLINE}; {@link #EOF} for the last line, which may be empty; or {@link #TOO_LONG}
         * (the line held more than {@code max} bytes and was dropped)
         */
        int next() throws IOException {
            if (line.length > SMALL << 7)
                line = new byte[SMALL]; // a long line's buffer is not kept for the rest of the file
            lineLength = 0;
            boolean tooLong = false;
            while (true) {
                if (pos == len) {
                    len = Math.max(0, in.read(buf, 0, buf.length));
                    pos = 0;
                    if (len == 0)
                        return end(tooLong, EOF);
                }
                int start = pos;
                while (pos < len && buf[pos] != '\n')
                    pos++;
                int n = pos - start;
                if (!tooLong && lineLength + n > max) {
                    tooLong = true;
                    line = new byte[SMALL];
                    lineLength = 0;
                }
                if (!tooLong) {
                    if (lineLength + n > line.length)
                        line = java.util.Arrays.copyOf(line, Math.min(max, Math.max(line.length * 2, lineLength + n)));
                    System.arraycopy(buf, start, line, lineLength, n);
                    lineLength += n;
                }
                if (pos < len) {
                    pos++;
                    return end(tooLong, NEWLINE);
                }
            }
        }

        private int end(boolean tooLong, int end) {
            if (tooLong)
                return TOO_LONG;
            if (lineLength > 0 && line[lineLength - 1] == '\r')
                lineLength--;
            return end;
        }

        /** The line {@link #next()} read, decoded as UTF-8. */
        String text() {
            return new String(line, 0, lineLength, StandardCharsets.UTF_8);
        }

        boolean isEmpty() {
            return lineLength == 0;
        }
    }

    /** One JSON line as an article; {@code where} names it in errors ({@code file.jsonl:12}). */
    static Incoming jsonLine(String line, String where) throws InputException {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputException(where, "not a JSON object: " + oneLine(e.getOriginalMessage()));
        }
        if (n == null || !n.isObject())
            throw new InputException(where, "not a JSON object");
        String url = text(n, "url");
        String name = text(n, "source") != null ? text(n, "source") : url;
        if (name == null)
            throw new InputException(where, "has neither \"source\" nor \"url\" to name the article");
        String html = text(n, "html");
        String text = text(n, "text");
        if (html == null && text == null)
            throw new InputException(where, "has neither \"html\" nor \"text\"");
        byte[] bytes = (html != null ? html : text).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > Inputs.MAX_BYTES)
            throw new InputException(where, "article is larger than " + Inputs.MAX_BYTES / (1024 * 1024) + " MB");
        InputFormat format = html != null ? InputFormat.HTML : InputFormat.TEXT;
        Hints hints = new Hints(first(n, "title", "headline"), first(n, "date", "datePublished", "published"),
                first(n, "author", "byline"), url);
        return new Incoming(new RawArticle(name, bytes, format), hints);
    }

    /**
     * Whether a JSON-lines file found in a folder holds articles: its first line is an object with
     * {@code "html"} or {@code "text"}. Other JSON lines (gold files, gazetteers) are left alone.
     */
    static boolean holdsArticles(Path file) {
        // the first object's field names are read with the streaming parser, which skips over values unread,
        // so a huge or endless first line (a gzip bomb) costs no memory
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                     ? new GZIPInputStream(raw) : raw;
             JsonParser p = JSON.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT)
                return false;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                if (field.equals("html") || field.equals("text"))
                    return true;
                p.nextToken();
                p.skipChildren();
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean readWarc(Path file, ArticleHandler handler) throws IOException {
        String fileName = file.getFileName().toString();
        try (InputStream in = counted(file, handler); WarcReader warc = new WarcReader(in)) {
            warc.setLenient(true);
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException | RuntimeException e) {
                    handler.failed(new InputException(fileName, "unreadable WARC record at byte " + warc.position()
                            + ", the rest of the file is skipped: " + oneLine(e.getMessage()), e));
                    return true;
                }
                if (next.isEmpty())
                    return true;
                Incoming article;
                try {
                    article = warcArticle(next.get());
                } catch (InputException e) {
                    handler.failed(e);
                    continue;
                } catch (IOException e) {
                    // the stream itself failed (a file cut short, a broken gzip member): nothing after it can be read
                    handler.failed(new InputException(fileName + " @" + warc.position(), "unreadable WARC record, "
                            + "the rest of the file is skipped: " + oneLine(e.getMessage()), e));
                    return true;
                } catch (RuntimeException e) {
                    handler.failed(new InputException(fileName + " @" + warc.position(), "unreadable WARC record: "
                            + oneLine(e.getMessage()), e));
                    continue;
                }
                if (article != null && !handler.article(article))
                    return false;
            }
        }
    }

    /** The article in a WARC record, or null when the record holds none (request, metadata, image, 404, ...). */
    static Incoming warcArticle(WarcRecord record) throws IOException, InputException {
        MediaType type;
        InputStream body;
        String target;
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base()))
                return null;
            HttpResponse http = response.http();
            if (http.status() != 200)
                return null;
            type = http.contentType();
            body = http.bodyDecoded().stream();
            target = response.target();
        } else if (record instanceof WarcResource resource) {
            type = resource.contentType();
            body = resource.body().stream();
            target = resource.target();
        } else {
            return null;
        }
        boolean html = isHtml(type);
        if (!html && !type.base().equals(MediaType.PLAIN_TEXT.base()))
            return null;
        if (target == null || target.isBlank())
            throw new InputException("WARC record " + record.id(), "has no WARC-Target-URI");
        byte[] bytes = readLimited(body, target);
        return new Incoming(new RawArticle(target, bytes, html ? InputFormat.HTML : Inputs.sniff(target, bytes)),
                new Hints(null, null, null, target));
    }

    private static boolean isHtml(MediaType type) {
        String sub = type.subtype().toLowerCase(Locale.ROOT);
        return type.type().equalsIgnoreCase("text") && sub.equals("html")
                || type.type().equalsIgnoreCase("application") && sub.equals("xhtml+xml");
    }

    private static byte[] readLimited(InputStream in, String name) throws IOException, InputException {
        byte[] bytes = in.readNBytes((int) Inputs.MAX_BYTES + 1);
        if (bytes.length > Inputs.MAX_BYTES)
            throw new InputException(name, "article is larger than " + Inputs.MAX_BYTES / (1024 * 1024) + " MB");
        return bytes;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
    }

    private static String first(JsonNode n, String... fields) {
        for (String f : fields) {
            String v = text(n, f);
            if (v != null)
                return v;
        }
        return null;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String oneLine(String m) {
        return m == null ? "" : m.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** The file's bytes, reporting how many were read to the handler as they go. */
    private static InputStream counted(Path file, ArticleHandler handler) throws IOException {
        return new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0)
                    handler.progress(1);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0)
                    handler.progress(n);
                return n;
            }
        };
    }
}
