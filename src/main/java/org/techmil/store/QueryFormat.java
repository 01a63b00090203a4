package org.techmil.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Output formats of {@code techmil query}: W3C result formats and a text table for SELECT and ASK, RDF for graphs. */
public enum QueryFormat {
    TEXT, CSV, TSV, JSON, XML, TURTLE, NTRIPLES, JSONLD;

    public static QueryFormat parse(String s) {
        String key = s.toLowerCase(Locale.ROOT).replace("-", "");
        return switch (key) {
            case "table", "text" -> TEXT;
            case "ttl", "turtle" -> TURTLE;
            case "nt", "ntriples" -> NTRIPLES;
            default -> Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown format '" + s + "'; choose one of "
                            + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
        };
    }

    public boolean isGraphFormat() {
        return this == TURTLE || this == NTRIPLES || this == JSONLD;
    }
}
