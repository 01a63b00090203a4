package org.techmil.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A folder for Neo4j: {@code entities.csv}, {@code claims.csv} (with claims as nodes) and {@code relationships.csv}
 * with the header syntax of {@code neo4j-admin database import full} ({@code id:ID}, {@code :LABEL},
 * {@code :START_ID}, {@code :END_ID}, {@code :TYPE}, typed properties such as {@code count:int},
 * {@code firstDate:date}, {@code claimants:string[]} with the default array delimiter {@code ;}), plus
 * {@code load.cypher}, the same import as {@code LOAD CSV} statements for a running database, and {@code README.txt}.
 */
final class Neo4jWriter {
    static final String ENTITIES = "entities.csv";
    static final String CLAIMS = "claims.csv";
    static final String RELATIONSHIPS = "relationships.csv";
    static final String CYPHER = "load.cypher";

    /** Writes the folder; returns the files written. */
    List<Path> write(GraphView view, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Path entities = dir.resolve(ENTITIES);
        try (Writer w = Files.newBufferedWriter(entities, StandardCharsets.UTF_8)) {
            row(w, "id:ID", "name", "type", "country", "wikidata", "claims:int", ":LABEL");
            for (EntityNode e : view.entities())
                row(w, e.iri(), e.label(), e.typeName(), e.country(), e.wikidata(), Integer.toString(e.claims()),
                        "Entity;" + e.typeName());
        }
        written.add(entities);
        if (view.claimsAsNodes()) {
            Path claims = dir.resolve(CLAIMS);
            try (Writer w = Files.newBufferedWriter(claims, StandardCharsets.UTF_8)) {
                row(w, "id:ID", "name", "type", "date:date", "source", "confidence:double", "quote", "detail", ":LABEL");
                for (ClaimNode c : view.claims())
                    row(w, c.iri(), view.label(c), c.type().localName(), c.date(), c.source(),
                            c.confidence() == null ? null : c.confidence().toPlainString(), c.quote(), c.detail(),
                            "Claim;" + c.type().localName());
            }
            written.add(claims);
        }
        Path rels = dir.resolve(RELATIONSHIPS);
        try (Writer w = Files.newBufferedWriter(rels, StandardCharsets.UTF_8)) {
            row(w, ":START_ID", ":END_ID", ":TYPE", "claimType", "count:int", "firstDate:date", "lastDate:date",
                    "claimants:string[]", "sources:string[]", "confidence:double");
            for (Edge e : view.edges())
                row(w, e.source(), e.target(), relType(e), e.claimType().localName(), Integer.toString(e.count()),
                        e.firstDate(), e.lastDate(), array(e.claimants()), array(e.sources()),
                        e.confidence() == null ? null : e.confidence().toPlainString());
        }
        written.add(rels);
        Path cypher = dir.resolve(CYPHER);
        Files.writeString(cypher, cypher(view), StandardCharsets.UTF_8);
        written.add(cypher);
        Path readme = dir.resolve("README.txt");
        Files.writeString(readme, """
                techmil graph for Neo4j (5.x)

                Into a new, empty database (stop it first), with the admin import tool:

                  neo4j-admin database import full techmil \\
                      --nodes=%s%s --relationships=%s

                Into a running database: copy the CSV files into its import folder, then

                  cypher-shell -f %s
                """.formatted(ENTITIES, view.claimsAsNodes() ? " --nodes=" + CLAIMS : "", RELATIONSHIPS, CYPHER),
                StandardCharsets.UTF_8);
        written.add(readme);
        return written;
    }

    /** The Neo4j relationship type: the claim type (ALLEGATION ...) or the role (SUBJECT, OBJECT, CLAIMANT). */
    static String relType(Edge e) {
        return e.relation().toUpperCase(Locale.ROOT);
    }

    private static String cypher(GraphView view) {
        StringBuilder b = new StringBuilder();
        b.append("// techmil graph: run with cypher-shell -f load.cypher after copying the CSV files into the import folder.\n");
        b.append("// Column names carry neo4j-admin import types (id:ID, count:int ...); LOAD CSV reads them as text and converts here.\n\n");
        b.append("CREATE CONSTRAINT techmil_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n");
        if (view.claimsAsNodes())
            b.append("CREATE CONSTRAINT techmil_claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;\n");
        b.append("\nLOAD CSV WITH HEADERS FROM 'file:///").append(ENTITIES).append("' AS row\n")
                .append("MERGE (n:Entity {id: row.`id:ID`})\n")
                .append("SET n.name = row.name, n.type = row.type, n.country = row.country, n.wikidata = row.wikidata,\n")
                .append("    n.claims = toInteger(row.`claims:int`);\n");
        TreeSet<String> types = new TreeSet<>();
        view.entities().forEach(e -> types.add(e.typeName()));
        for (String t : types)
            b.append("MATCH (n:Entity {type: '").append(t).append("'}) SET n:").append(t).append(";\n");
        if (view.claimsAsNodes()) {
            b.append("\nLOAD CSV WITH HEADERS FROM 'file:///").append(CLAIMS).append("' AS row\n")
                    .append("MERGE (c:Claim {id: row.`id:ID`})\n")
                    .append("SET c.name = row.name, c.type = row.type, c.date = date(row.`date:date`), c.source = row.source,\n")
                    .append("    c.confidence = toFloat(row.`confidence:double`), c.quote = row.quote, c.detail = row.detail;\n");
            TreeSet<String> claimTypes = new TreeSet<>();
            view.claims().forEach(c -> claimTypes.add(c.type().localName()));
            for (String t : claimTypes)
                b.append("MATCH (c:Claim {type: '").append(t).append("'}) SET c:").append(t).append(";\n");
        }
        TreeSet<String> relTypes = new TreeSet<>();
        view.edges().forEach(e -> relTypes.add(relType(e)));
        String nodeMatch = view.claimsAsNodes() ? "" : ":Entity";
        for (String rt : relTypes) {
            b.append("\nLOAD CSV WITH HEADERS FROM 'file:///").append(RELATIONSHIPS).append("' AS row\n")
                    .append("WITH row WHERE row.`:TYPE` = '").append(rt).append("'\n")
                    .append("MATCH (a").append(nodeMatch).append(" {id: row.`:START_ID`}), (b").append(nodeMatch)
                    .append(" {id: row.`:END_ID`})\n")
                    .append("CREATE (a)-[r:").append(rt).append("]->(b)\n")
                    .append("SET r.claimType = row.claimType, r.count = toInteger(row.`count:int`),\n")
                    .append("    r.firstDate = date(row.`firstDate:date`), r.lastDate = date(row.`lastDate:date`),\n")
                    .append("    r.claimants = CASE WHEN row.`claimants:string[]` IS NULL THEN [] ELSE split(row.`claimants:string[]`, ';') END,\n")
                    .append("    r.sources = CASE WHEN row.`sources:string[]` IS NULL THEN [] ELSE split(row.`sources:string[]`, ';') END,\n")
                    .append("    r.confidence = toFloat(row.`confidence:double`);\n");
        }
        return b.toString();
    }

    /** A list as one field with Neo4j's default array delimiter; semicolons inside values become commas. */
    private static String array(List<String> values) {
        if (values.isEmpty())
            return null;
        return String.join(";", values.stream().map(v -> v.replace(';', ',')).toList());
    }

    /** One CSV line (RFC 4180 quoting); null is an empty field, which both import paths read as no property. */
    private static void row(Writer w, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0)
                w.write(',');
            String f = fields[i];
            if (f == null || f.isEmpty())
                continue;
            f = f.replace('\n', ' ').replace('\r', ' ');
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.startsWith(" ") || f.endsWith(" "))
                w.write('"' + f.replace("\"", "\"\"") + '"');
            else
                w.write(f);
        }
        w.write('\n');
    }
}
