package org.techmil.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code techmil export} writes: graph views for visualisers, a Neo4j import folder, or the store as RDF. */
public enum ExportFormat {
    GEXF("gexf", "Gephi"),
    GRAPHML("graphml", "yEd, Cytoscape"),
    DOT("gv", "Graphviz"),
    CYJS("cyjs", "Cytoscape.js, Cytoscape"),
    NEO4J(null, "Neo4j: a folder of CSV files for neo4j-admin import and a LOAD CSV script"),
    TURTLE("ttl", "RDF: the union of all graphs"),
    TRIG("trig", "RDF: every named graph"),
    NQUADS("nq", "RDF: every named graph"),
    JSONLD("jsonld", "RDF: every named graph, JSON-LD 1.1");

    private final String extension;
    private final String forWhat;

    ExportFormat(String extension, String forWhat) {
        this.extension = extension;
        this.forWhat = forWhat;
    }

    /** File name extension, null for the Neo4j folder. */
    public String extension() {
        return extension;
    }

    public String forWhat() {
        return forWhat;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the RDF formats, which write the store's triples rather than the graph view. */
    public boolean isRdf() {
        return ordinal() >= TURTLE.ordinal();
    }

    /** True when the output is a folder rather than one file. */
    public boolean isFolder() {
        return this == NEO4J;
    }

    public static ExportFormat parse(String s) {
        String key = s.toLowerCase(Locale.ROOT).replace("-", "");
        return switch (key) {
            case "gv" -> DOT;
            case "ttl" -> TURTLE;
            case "nq" -> NQUADS;
            case "cytoscape", "cyjson" -> CYJS;
            default -> Arrays.stream(values()).filter(f -> f.id().equals(key)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown export format '" + s + "'; choose one of "
                            + Arrays.stream(values()).map(ExportFormat::id).collect(Collectors.joining(", "))));
        };
    }
}
