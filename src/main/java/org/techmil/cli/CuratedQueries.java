package org.techmil.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.techmil.store.Bundled;
import org.techmil.store.QueryParameter;
import org.techmil.store.QueryParameters;

/** The curated queries of {@code queries/}, bundled in the jar and callable by name. */
final class CuratedQueries {
    private static final String FOLDER = "techmil/queries/";

    private CuratedQueries() {
    }

    /** The text of curated query {@code name} (with or without ".rq"), or null. */
    static String text(String name) {
        String file = name.endsWith(".rq") ? name : name + ".rq";
        if (file.contains("/"))
            return null;
        return Bundled.text(FOLDER + file);
    }

    /** Names of all curated queries with the first line of their comment header and their parameters' names. */
    static List<String[]> list() throws IOException {
        List<String[]> out = new ArrayList<>();
        try {
            var url = CuratedQueries.class.getClassLoader().getResource(FOLDER);
            if (url == null)
                return out;
            var uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    collect(fs.getPath(FOLDER), out);
                }
            } else {
                collect(Path.of(uri), out);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        out.sort((a, b) -> a[0].compareTo(b[0]));
        return out;
    }

    private static void collect(Path folder, List<String[]> out) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.rq$", "");
                String text = Files.readString(p);
                String params = String.join(", ", QueryParameters.declaredIn(text, name).list().stream()
                        .map(QueryParameter::name).toList());
                out.add(new String[]{name, summary(text), params});
            }
        }
    }

    /** The first non-empty comment line of a query. */
    static String summary(String query) {
        for (String line : query.split("\\R")) {
            String l = line.strip();
            if (!l.startsWith("#"))
                break;
            l = l.replaceFirst("^#+\\s*", "");
            if (!l.isEmpty() && !l.matches("[=\\-*]+"))
                return l;
        }
        return "";
    }
}
