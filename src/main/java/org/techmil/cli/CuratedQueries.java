package org.techmil.cli;

import java.util.ArrayList;
import java.util.List;

import org.techmil.store.Bundled;
import org.techmil.store.QueryParameter;
import org.techmil.store.QueryParameters;

/** The curated queries of {@code queries/}, bundled in the jar and callable by name. */
final class CuratedQueries {
    private static final String FOLDER = Bundled.QUERIES;

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
    static List<String[]> list() {
        List<String[]> out = new ArrayList<>();
        Bundled.queries().forEach((name, text) -> {
            String params = String.join(", ", QueryParameters.declaredIn(text, name).list().stream()
                    .map(QueryParameter::name).toList());
            out.add(new String[]{name, summary(text), params});
        });
        return out;
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
