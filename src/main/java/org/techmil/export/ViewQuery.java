package org.techmil.export;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.tdb2.TDB2;
import org.techmil.extract.ClaimType;
import org.techmil.extract.EntityType;
import org.techmil.rdf.Vocab;
import org.techmil.store.Store;

/**
 * Reads the graph view out of a store with SPARQL over the union of all article graphs: claims are grouped per (type,
 * subject, object) by a {@code GROUP BY} query, entities carry their label, type, country and Wikidata id.
 */
public final class ViewQuery {
    static final String PREFIXES = """
            PREFIX tm:     <%s>
            PREFIX schema: <%s>
            PREFIX prov:   <%s>
            PREFIX rdfs:   <%s>
            PREFIX skos:   <%s>
            PREFIX owl:    <%s>
            PREFIX xsd:    <%s>
            """.formatted(Vocab.TM, Vocab.SCHEMA, Vocab.PROV, Vocab.RDFS, Vocab.SKOS, Vocab.OWL, Vocab.XSD);

    /** Separator of the values GROUP_CONCAT joins: a character no label or file name holds. */
    private static final String SEP = "\u001f";

    private final Store store;

    public ViewQuery(Store store) {
        this.store = store;
    }

    /** The view of the store that {@code filter} selects. */
    public GraphView view(ViewFilter filter) {
        return store.read(ds -> {
            Map<String, EntityNode> entities = entities(ds);
            String focus = filter.entity() == null ? null : resolve(ds, filter.entity());
            if (filter.claimsAsNodes())
                return claimView(ds, filter, entities, focus);
            return aggregatedView(ds, filter, entities, focus);
        });
    }

    private GraphView aggregatedView(Dataset ds, ViewFilter filter, Map<String, EntityNode> entities, String focus) {
        String q = PREFIXES + """
                SELECT ?type ?s ?o (COUNT(DISTINCT ?c) AS ?n) (MIN(?date) AS ?first) (MAX(?date) AS ?last)
                       (GROUP_CONCAT(DISTINCT ?claimantLabel; SEPARATOR="%s") AS ?claimants)
                       (GROUP_CONCAT(DISTINCT ?source; SEPARATOR="%s") AS ?sources)
                       (MAX(?conf) AS ?confidence)
                WHERE {
                %s
                  OPTIONAL { ?c tm:confidence ?conf }
                  OPTIONAL { ?c tm:claimant ?cl . OPTIONAL { ?cl rdfs:label ?cll } BIND(COALESCE(?cll, STR(?cl)) AS ?claimantLabel) }
                }
                GROUP BY ?type ?s ?o
                """.formatted(SEP, SEP, claimPattern(filter));
        record Row(ClaimType type, String s, String o, int n, String first, String last, List<String> claimants,
                List<String> sources, BigDecimal confidence) {
        }
        List<Row> rows = new ArrayList<>();
        select(ds, q, r -> rows.add(new Row(claimType(r), iri(r, "s"), iri(r, "o"), r.getLiteral("n").getInt(),
                lexical(r, "first"), lexical(r, "last"), split(lexical(r, "claimants")), split(lexical(r, "sources")),
                decimal(r, "confidence"))));
        Set<String> keep = focus == null ? null
                : neighbourhood(focus, filter.hops(), rows.stream().map(r -> new String[] {r.s, r.o}).toList());
        rows.removeIf(r -> keep != null && !(keep.contains(r.s) && keep.contains(r.o)));
        rows.sort(Comparator.comparing((Row r) -> r.type).thenComparing(r -> r.s).thenComparing(r -> r.o));

        List<Edge> edges = new ArrayList<>();
        Map<String, Integer> claimCount = new HashMap<>();
        for (Row r : rows) {
            edges.add(new Edge("e" + edges.size(), r.s, r.o, r.type, null, r.n, r.first, r.last, r.claimants,
                    r.sources, r.confidence));
            claimCount.merge(r.s, r.n, Integer::sum);
            if (!r.o.equals(r.s))
                claimCount.merge(r.o, r.n, Integer::sum);
        }
        if (keep != null)
            keep.forEach(e -> claimCount.putIfAbsent(e, 0));
        return new GraphView(nodes(claimCount, entities), List.of(), edges);
    }

    private GraphView claimView(Dataset ds, ViewFilter filter, Map<String, EntityNode> entities, String focus) {
        String q = PREFIXES + """
                SELECT ?c ?type ?s ?o (SAMPLE(?cl) AS ?claimant) (MIN(?date) AS ?d) (SAMPLE(?source) AS ?src)
                       (MAX(?conf) AS ?confidence) (SAMPLE(?det) AS ?detail)
                       (GROUP_CONCAT(DISTINCT ?quote; SEPARATOR="\\n") AS ?quotes)
                WHERE {
                %s
                  OPTIONAL { ?c tm:confidence ?conf }
                  OPTIONAL { ?c tm:claimant ?cl }
                  OPTIONAL { ?c tm:detail ?det }
                  OPTIONAL { ?c tm:evidence/tm:quote ?quote }
                }
                GROUP BY ?c ?type ?s ?o
                """.formatted(claimPattern(filter));
        List<ClaimNode> claims = new ArrayList<>();
        select(ds, q, r -> {
            String quotes = lexical(r, "quotes");
            claims.add(new ClaimNode(iri(r, "c"), claimType(r), iri(r, "s"), iri(r, "o"),
                    r.get("claimant") != null && r.get("claimant").isURIResource() ? iri(r, "claimant") : null,
                    lexical(r, "d"), lexical(r, "src"), decimal(r, "confidence"),
                    quotes == null || quotes.isEmpty() ? null : quotes, lexical(r, "detail")));
        });
        Set<String> keep = focus == null ? null
                : neighbourhood(focus, filter.hops(), claims.stream().map(c -> new String[] {c.subject(), c.object()}).toList());
        claims.removeIf(c -> keep != null && !(keep.contains(c.subject()) && keep.contains(c.object())));
        claims.sort(Comparator.comparing(ClaimNode::type).thenComparing(ClaimNode::subject)
                .thenComparing(ClaimNode::object).thenComparing(ClaimNode::iri));

        List<Edge> edges = new ArrayList<>();
        Map<String, Integer> claimCount = new LinkedHashMap<>();
        for (ClaimNode c : claims) {
            List<String> claimants = c.claimant() == null ? List.of()
                    : List.of(entities.containsKey(c.claimant()) ? entities.get(c.claimant()).label() : c.claimant());
            List<String> sources = c.source() == null ? List.of() : List.of(c.source());
            edges.add(new Edge("e" + edges.size(), c.subject(), c.iri(), c.type(), "subject", 1, c.date(), c.date(),
                    claimants, sources, c.confidence()));
            edges.add(new Edge("e" + edges.size(), c.iri(), c.object(), c.type(), "object", 1, c.date(), c.date(),
                    claimants, sources, c.confidence()));
            if (c.claimant() != null) {
                edges.add(new Edge("e" + edges.size(), c.claimant(), c.iri(), c.type(), "claimant", 1, c.date(),
                        c.date(), claimants, sources, c.confidence()));
                claimCount.putIfAbsent(c.claimant(), 0);
            }
            claimCount.merge(c.subject(), 1, Integer::sum);
            if (!c.object().equals(c.subject()))
                claimCount.merge(c.object(), 1, Integer::sum);
        }
        if (keep != null)
            keep.forEach(e -> claimCount.putIfAbsent(e, 0));
        return new GraphView(nodes(claimCount, entities), claims, edges);
    }

    /** The graph pattern that binds ?c, ?type, ?s, ?o and ?date, ?source of every claim the filter keeps. */
    private static String claimPattern(ViewFilter filter) {
        var types = filter.types().isEmpty() ? Arrays.asList(ClaimType.values()) : new ArrayList<>(filter.types());
        StringBuilder p = new StringBuilder();
        p.append("  VALUES ?type { ")
                .append(types.stream().sorted().map(t -> "tm:" + t.localName()).collect(Collectors.joining(" ")))
                .append(" }\n");
        p.append("  ?c a ?type ; tm:subject ?s ; tm:object ?o .\n");
        p.append("  OPTIONAL { ?c prov:wasDerivedFrom ?a . OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a tm:sourceName ?source } }\n");
        if (filter.since() != null)
            p.append("  FILTER(?date >= \"").append(filter.since()).append("\"^^xsd:date)\n");
        if (filter.until() != null)
            p.append("  FILTER(?date <= \"").append(filter.until()).append("\"^^xsd:date)\n");
        return p.toString();
    }

    /** Every typed entity of the store, by IRI; claim counts are 0 here. */
    private static Map<String, EntityNode> entities(Dataset ds) {
        String types = EntityType.graphClasses().stream().map(t -> "tm:" + t.localName()).collect(Collectors.joining(" "));
        String q = PREFIXES + """
                SELECT ?e (MIN(?t) AS ?type) (MIN(?l) AS ?label) (MIN(?countryLabel) AS ?country) (MIN(?wd) AS ?wikidata)
                WHERE {
                  VALUES ?t { %s }
                  ?e a ?t .
                  OPTIONAL { ?e rdfs:label ?l }
                  OPTIONAL { ?e tm:country ?ct . OPTIONAL { ?ct rdfs:label ?ctl } BIND(COALESCE(?ctl, STR(?ct)) AS ?countryLabel) }
                  OPTIONAL { ?e owl:sameAs ?same . FILTER(STRSTARTS(STR(?same), STR(<%s>))) BIND(STRAFTER(STR(?same), STR(<%s>)) AS ?wd) }
                }
                GROUP BY ?e
                """.formatted(types, Vocab.WD, Vocab.WD);
        Map<String, EntityNode> out = new HashMap<>();
        select(ds, q, r -> {
            if (!r.get("e").isURIResource())
                return;
            String e = iri(r, "e");
            String label = lexical(r, "label");
            out.put(e, new EntityNode(e, label == null ? localName(e) : label,
                    EntityType.fromLocalName(localName(iri(r, "type"))), lexical(r, "country"), lexical(r, "wikidata"), 0));
        });
        return out;
    }

    /** The IRI of the entity {@code name} names: an IRI, a Wikidata id, or a label or other name in any case. */
    static String resolve(Dataset ds, String name) {
        String n = name.strip();
        if (n.isEmpty())
            throw new IllegalArgumentException("--entity needs a name");
        String lower = n.toLowerCase(Locale.ROOT);
        String q = PREFIXES + """
                SELECT DISTINCT ?e ?label ?exact WHERE {
                  ?e rdfs:label ?label .
                  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } UNION { ?e owl:sameAs ?wd BIND(STRAFTER(STR(?wd), STR(<%s>)) AS ?name) }
                  BIND(LCASE(STR(?name)) AS ?n)
                  FILTER(?n = %s || CONTAINS(?n, %s) || STR(?e) = %s)
                  BIND(?n = %s || STR(?e) = %s AS ?exact)
                }
                """.formatted(Vocab.WD, quoted(lower), quoted(lower), quoted(n), quoted(lower), quoted(n));
        Map<String, String> exact = new LinkedHashMap<>();
        Map<String, String> partial = new LinkedHashMap<>();
        select(ds, q, r -> {
            if (!r.get("e").isURIResource())
                return;
            (r.getLiteral("exact").getBoolean() ? exact : partial).put(iri(r, "e"), lexical(r, "label"));
        });
        Map<String, String> found = exact.isEmpty() ? partial : exact;
        if (found.isEmpty())
            throw new IllegalArgumentException("no entity named '" + name + "' in the store (try: techmil query entities)");
        if (found.size() > 1)
            throw new IllegalArgumentException("'" + name + "' names " + found.size() + " entities: "
                    + new TreeSet<>(found.values()).stream().collect(Collectors.joining(", ")) + "; give one of these names");
        return found.keySet().iterator().next();
    }

    /** Entities at most {@code hops} claims away from {@code focus}, claims read in either direction. */
    static Set<String> neighbourhood(String focus, int hops, List<String[]> pairs) {
        Map<String, Set<String>> adj = new HashMap<>();
        for (String[] p : pairs) {
            adj.computeIfAbsent(p[0], k -> new HashSet<>()).add(p[1]);
            adj.computeIfAbsent(p[1], k -> new HashSet<>()).add(p[0]);
        }
        Map<String, Integer> dist = new HashMap<>();
        dist.put(focus, 0);
        Deque<String> todo = new ArrayDeque<>(List.of(focus));
        while (!todo.isEmpty()) {
            String at = todo.poll();
            int d = dist.get(at);
            if (d == hops)
                continue;
            for (String next : adj.getOrDefault(at, Set.of()))
                if (dist.putIfAbsent(next, d + 1) == null)
                    todo.add(next);
        }
        return dist.keySet();
    }

    private static List<EntityNode> nodes(Map<String, Integer> claimCount, Map<String, EntityNode> entities) {
        List<EntityNode> nodes = new ArrayList<>();
        claimCount.forEach((iri, n) -> {
            EntityNode known = entities.get(iri);
            nodes.add(known != null ? known.withClaims(n) : new EntityNode(iri, localName(iri), null, null, null, n));
        });
        nodes.sort(Comparator.comparing(EntityNode::iri));
        return nodes;
    }

    private static void select(Dataset ds, String query, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).set(TDB2.symUnionDefaultGraph, true).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    private static ClaimType claimType(QuerySolution r) {
        return ClaimType.fromLocalName(localName(iri(r, "type")));
    }

    private static String iri(QuerySolution r, String var) {
        return r.getResource(var).getURI();
    }

    private static String lexical(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        if (n == null)
            return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static BigDecimal decimal(QuerySolution r, String var) {
        RDFNode n = r.get(var);
        if (n == null || !n.isLiteral())
            return null;
        Literal l = n.asLiteral();
        try {
            return new BigDecimal(l.getLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> split(String joined) {
        if (joined == null || joined.isEmpty())
            return List.of();
        return new TreeSet<>(Arrays.asList(joined.split(SEP))).stream().toList();
    }

    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return i >= 0 && i < iri.length() - 1 ? iri.substring(i + 1) : iri;
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(ch);
            }
        }
        return b.append('"').toString();
    }
}
