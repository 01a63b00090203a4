package org.techmil.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.techmil.ingest.InputException;
import org.techmil.ingest.Inputs;
import org.techmil.ingest.RawArticle;

/** Command-line inputs that may be files, folders or http(s) URLs, read one at a time. */
final class InputSource {
    private static final int TIMEOUT_MILLIS = 20_000;

    private InputSource() {
    }

    /** Files under the paths, with URLs kept as they are; missing files are reported before any work. */
    static List<String> expand(List<String> args) throws InputException {
        List<String> out = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        for (String a : args) {
            if (isUrl(a)) {
                out.add(a);
            } else {
                paths.add(Path.of(a));
            }
        }
        for (Path p : Inputs.expand(paths))
            out.add(p.toString());
        return out;
    }

    static RawArticle read(String input) throws InputException {
        if (!isUrl(input)) {
            Path file = Path.of(input);
            return switch (org.techmil.ingest.ArticleReader.Container.of(file)) {
                case FILE -> Inputs.read(file);
                case GZIP -> single(file);
                case WARC, JSON_LINES -> throw new InputException(file.getFileName().toString(),
                        "holds many articles; this command reads one article per file (build and extract read WARC and JSON lines)");
            };
        }
        try {
            Connection.Response r = Jsoup.connect(input).timeout(TIMEOUT_MILLIS).maxBodySize((int) Inputs.MAX_BYTES)
                    .followRedirects(true).ignoreContentType(true).userAgent("techmil/0.1 (+https://w3id.org/techmil)")
                    .execute();
            byte[] bytes = r.bodyAsBytes();
            String type = r.contentType() == null ? "" : r.contentType();
            var format = type.contains("html") ? org.techmil.ingest.InputFormat.HTML : Inputs.sniff(input, bytes);
            return new RawArticle(input, bytes, format);
        } catch (IOException e) {
            throw new InputException(input, "cannot fetch: " + e.getMessage(), e);
        }
    }

    /** The one article of a gzipped page. */
    private static RawArticle single(Path file) throws InputException {
        RawArticle[] got = new RawArticle[1];
        InputException[] failed = new InputException[1];
        org.techmil.ingest.ArticleReader.read(file, new org.techmil.ingest.ArticleHandler() {
            @Override
            public boolean article(org.techmil.ingest.Incoming a) {
                got[0] = a.raw();
                return false;
            }

            @Override
            public void failed(InputException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null)
            throw failed[0];
        return got[0];
    }

    static boolean isUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://");
    }
}
