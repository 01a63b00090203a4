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
        if (!isUrl(input))
            return Inputs.read(Path.of(input));
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

    static boolean isUrl(String s) {
        return s.startsWith("http://") || s.startsWith("https://");
    }
}
