package org.techmil.story;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.tdb2.TDB2;
import org.techmil.extract.ClaimType;
import org.techmil.store.Store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The dated sequence of everything the store's articles say about one entity (as subject or object of a claim):
 * allegations, denials, designations, contracts, partnerships and investigations, each with the outlet that reported
 * it, the source that outlet credits, and the first quote. Oldest first; undated articles last.
 */
public final class Timeline {
    private static final int TEXT_QUOTE_CHARS = 100;
    private static final String QUERY = """
            PREFIX tm:     <https://w3id.org/techmil/ontology#>
            PREFIX schema: <https://schema.org/>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            SELECT ?claim ?date ?t ?subject ?object ?source ?story
                   (GROUP_CONCAT(DISTINCT ?claimantLabel; SEPARATOR="; ") AS ?claimant)
                   (SAMPLE(?outletLabel) AS ?outlet)
                   (GROUP_CONCAT(DISTINCT ?citedLabel; SEPARATOR="; ") AS ?cites)
                   (SAMPLE(?q) AS ?quote)
            WHERE {
              { SELECT DISTINCT ?e WHERE {
                  { ?e rdfs:label ?n } UNION { ?e skos:altLabel ?n }
                  FILTER(LCASE(STR(?n)) = LCASE(?name) || STR(?e) = CONCAT("https://w3id.org/techmil/entity/", ?name))
              } }
              { ?claim tm:subject ?e } UNION { ?claim tm:object ?e }
              ?claim a ?t ; tm:subject ?s ; tm:object ?o ; prov:wasDerivedFrom ?art .
              FILTER(?t IN (tm:Allegation, tm:Denial, tm:Designation, tm:Contract, tm:Partnership, tm:Investigation))
              ?s rdfs:label ?subject .
              ?o rdfs:label ?object .
              ?art tm:sourceName ?source .
              OPTIONAL { ?art schema:datePublished ?date }
              OPTIONAL { ?claim tm:claimant/rdfs:label ?claimantLabel }
              OPTIONAL { ?art schema:publisher/rdfs:label ?outletLabel }
              OPTIONAL { ?art tm:citesSource/rdfs:label ?citedLabel }
              OPTIONAL { ?st tm:hasArticle ?art ; rdfs:label ?story }
              OPTIONAL {
                { SELECT ?claim (MIN(?st0) AS ?first) WHERE { ?claim tm:evidence/tm:start ?st0 } GROUP BY ?claim }
                ?claim tm:evidence ?ev . ?ev tm:start ?first ; tm:quote ?q .
              }
            }
            GROUP BY ?claim ?date ?t ?subject ?object ?source ?story
            """;

    private Timeline() {
    }

    /** One dated report about the entity. Text fields are empty, never null, when unknown. */
    public record Entry(String date, String type, String subject, String object, String claimant, String outlet,
                        String cites, String quote, String source, String story) {
        /** One line: date, type, the two parties, then claimant, outlet, credited source, quote and file. */
        public String line() {
            StringBuilder b = new StringBuilder();
            b.append(date.isEmpty() ? "undated" : date).append(' ').append(type).append(' ')
                    .append(subject).append(" -> ").append(object);
            if (!claimant.isEmpty())
                b.append(" | claimant: ").append(claimant);
            if (!outlet.isEmpty())
                b.append(" | outlet: ").append(outlet);
            if (!cites.isEmpty())
                b.append(" | cites: ").append(cites);
            b.append(" | \"").append(shorten(quote)).append("\" | ").append(source);
            return b.toString();
        }
    }

    /** The entries about every entity whose label, other name or id is {@code name} (ignoring case). */
    public static List<Entry> of(Store store, String name) {
        return store.read(ds -> of(ds, name));
    }

    static List<Entry> of(Dataset ds, String name) {
        List<Entry> out = new ArrayList<>();
        String q = QUERY.replace("?name", literal(name));
        try (QueryExecution qe = QueryExecution.dataset(ds).query(q).set(TDB2.symUnionDefaultGraph, true).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                String t = r.getResource("t").getURI();
                out.add(new Entry(text(r, "date"), t.substring(t.indexOf('#') + 1), text(r, "subject"),
                        text(r, "object"), text(r, "claimant"), text(r, "outlet"), text(r, "cites"), text(r, "quote"),
                        text(r, "source"), text(r, "story")));
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** Oldest first, undated last; then by source, claim type (in the order of {@link ClaimType}), subject, object. */
    static final Comparator<Entry> ORDER = Comparator
            .comparing((Entry e) -> e.date().isEmpty() ? "9999" : e.date())
            .thenComparing(Entry::source)
            .thenComparing(e -> typeRank(e.type()))
            .thenComparing(Entry::subject)
            .thenComparing(Entry::object)
            .thenComparing(Entry::quote);

    private static int typeRank(String type) {
        try {
            return ClaimType.fromLocalName(type).ordinal();
        } catch (IllegalArgumentException e) {
            return ClaimType.values().length;
        }
    }

    /** Entries as text lines, one per report. */
    public static String text(List<Entry> entries) {
        StringBuilder b = new StringBuilder();
        for (Entry e : entries)
            b.append(e.line()).append('\n');
        return b.toString();
    }

    static final List<String> COLUMNS = List.of("date", "type", "subject", "object", "claimant", "outlet", "cites",
            "quote", "source", "story");

    /** Entries as CSV (RFC 4180, with a header row). */
    public static String csv(List<Entry> entries) {
        StringBuilder b = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Entry e : entries) {
            List<String> cells = List.of(e.date(), e.type(), e.subject(), e.object(), e.claimant(), e.outlet(),
                    e.cites(), e.quote(), e.source(), e.story());
            b.append(String.join(",", cells.stream().map(Timeline::csvCell).toList())).append("\r\n");
        }
        return b.toString();
    }

    /** Entries as a JSON array of objects with the CSV's columns as keys (empty fields as null). */
    public static String json(List<Entry> entries) {
        ObjectMapper m = new ObjectMapper();
        ArrayNode arr = m.createArrayNode();
        for (Entry e : entries) {
            ObjectNode o = arr.addObject();
            List<String> cells = List.of(e.date(), e.type(), e.subject(), e.object(), e.claimant(), e.outlet(),
                    e.cites(), e.quote(), e.source(), e.story());
            for (int i = 0; i < COLUMNS.size(); i++)
                if (cells.get(i).isEmpty())
                    o.putNull(COLUMNS.get(i));
                else
                    o.put(COLUMNS.get(i), cells.get(i));
        }
        try {
            return m.writerWithDefaultPrettyPrinter().writeValueAsString(arr) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r"))
            return "\"" + s.replace("\"", "\"\"") + "\"";
        return s;
    }

    private static String shorten(String quote) {
        String q = quote.replaceAll("\\s+", " ").strip();
        if (q.codePointCount(0, q.length()) <= TEXT_QUOTE_CHARS)
            return q;
        return q.substring(0, q.offsetByCodePoints(0, TEXT_QUOTE_CHARS - 1)).stripTrailing() + "…";
    }

    private static String text(QuerySolution r, String var) {
        if (!r.contains(var))
            return "";
        var n = r.get(var);
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    /** A SPARQL string literal for {@code s}. */
    static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
