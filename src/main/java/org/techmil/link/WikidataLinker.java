package org.techmil.link;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.techmil.rdf.Vocab;
import org.techmil.store.Store;

/**
 * Links the store's entities with Wikidata, in the named graph {@code https://w3id.org/techmil/graph/wikidata}.
 * <p>
 * <b>Reconcile.</b> Every organisation or country in the store without an {@code owl:sameAs wd:Q…} is looked up by
 * its label and other names (exact English label or alias in Wikidata). Each candidate item is scored: 1 when it
 * carries the entity's canonical label, 0.9 when only one of its other names, times 0.95 when the name is only an
 * alias of the item; times 0.5 when the item is of a kind the entity cannot be (a human for a firm, a film, a
 * family name, a disambiguation page ...), 0.85 when its kind is unknown; times 0.7 when its country
 * (P17) differs from the entity's. The best candidate is linked when it reaches the threshold and beats the
 * runner-up by more than 0.05; ties are reported as ambiguous and left alone. An accepted link is asserted
 * ({@code entity owl:sameAs wd:Q}) and described by a reifier node carrying its score and the matched name.
 * <p>
 * <b>Enrich.</b> Every linked entity gets its country (P17, as the local tm:Country), parent organisation (P749),
 * industry (P452), headquarters (P159) and official website (P856); items that are local entities are linked
 * as such, other items keep their Wikidata IRI and English label.
 * <p>
 * Queries go in batches. When the endpoint gives up (after the client's retries) the run stops, and what was
 * fetched so far is still written, with {@code tm:complete false} on the graph's dataset node.
 */
public final class WikidataLinker {
    private static final String WDT = LinkTerms.WDT;
    /** Wikidata classes that an organisation or country can never be. */
    private static final Set<String> NOT_AN_ORGANISATION = Set.of("Q5", "Q11424", "Q482994", "Q7366", "Q101352",
            "Q202444", "Q4167410", "Q13442814", "Q7725634", "Q215380", "Q47461344", "Q16521", "Q11173", "Q7397");

    /** What a run did. */
    public record Summary(int candidates, int linked, int belowThreshold, int ambiguous, int enriched, int facts,
                          int retries, boolean complete, String failure) {
        public String line() {
            String s = String.format(Locale.ROOT,
                    "linked %d of %d entities without a Wikidata id (%d below threshold, %d ambiguous), enriched %d linked entities with %d facts, %d retr%s",
                    linked, candidates, belowThreshold, ambiguous, enriched, facts, retries, retries == 1 ? "y" : "ies");
            return complete ? s : "partial run, kept what was fetched: " + s + "; stopped: " + failure;
        }
    }

    private record Candidate(String qid, String label, Set<String> classes, Set<String> countries) {
    }

    private record Link(KnownEntity entity, String qid, double score, String matchedName) {
    }

    private final Store store;
    private final EntityIndex index;
    private final WikidataClient client;
    private final double threshold;
    private final int batchSize;

    public WikidataLinker(Store store, EntityIndex index, WikidataClient client, double threshold, int batchSize) {
        this.store = store;
        this.index = index;
        this.client = client;
        this.threshold = threshold;
        this.batchSize = Math.max(1, batchSize);
    }

    public Summary run() {
        List<KnownEntity> unlinked = new ArrayList<>();
        List<KnownEntity> linked = new ArrayList<>();
        for (KnownEntity e : index.entities()) {
            if (!e.inStore() || e.type().equals("Person"))
                continue;
            (e.wikidata() == null ? unlinked : linked).add(e);
        }
        Graph g = GraphFactory.createDefaultGraph();
        Set<Node> refreshed = new HashSet<>();
        List<Link> links = new ArrayList<>();
        int[] counts = new int[2];
        String failure = null;
        int enriched = 0;
        int facts = 0;
        try {
            for (int i = 0; i < unlinked.size(); i += batchSize)
                links.addAll(reconcile(unlinked.subList(i, Math.min(unlinked.size(), i + batchSize)), counts));
            for (Link l : links) {
                Node wd = Vocab.iri(Vocab.WD + l.qid());
                Rdf.add(g, l.entity().iri(), Vocab.SAME_AS, wd);
                Node reifier = Vocab.iri(Vocab.BASE + "link/wikidata/" + l.entity().id());
                Rdf.add(g, reifier, Vocab.REIFIES, NodeFactory.createTripleTerm(Triple.create(l.entity().iri(), Vocab.SAME_AS, wd)));
                Rdf.add(g, reifier, LinkTerms.MATCH_SCORE, Rdf.decimal(l.score()));
                Rdf.add(g, reifier, LinkTerms.MATCHED_NAME, Rdf.string(l.matchedName()));
                Rdf.add(g, reifier, Vocab.WAS_DERIVED_FROM, LinkTerms.WIKIDATA_GRAPH);
                refreshed.add(l.entity().iri());
                refreshed.add(reifier);
                KnownEntity now = new KnownEntity(l.entity().iri(), l.entity().id(), l.entity().label(),
                        l.entity().type(), l.entity().names(), l.qid(), l.entity().country(), true);
                index.add(now);
                linked.add(now);
            }
            for (int i = 0; i < linked.size(); i += batchSize) {
                List<KnownEntity> batch = linked.subList(i, Math.min(linked.size(), i + batchSize));
                int[] r = enrich(batch, g);
                batch.forEach(e -> refreshed.add(e.iri()));
                enriched += r[0];
                facts += r[1];
            }
        } catch (WikidataClient.Unavailable e) {
            failure = e.getMessage();
        }
        boolean complete = failure == null;
        write(g, refreshed, complete);
        return new Summary(unlinked.size(), links.size(), counts[0], counts[1], enriched, facts, client.retried(),
                complete, failure);
    }

    private List<Link> reconcile(List<KnownEntity> batch, int[] counts) {
        Map<String, List<KnownEntity>> byName = new LinkedHashMap<>();
        for (KnownEntity e : batch)
            for (String n : e.names())
                if (n.codePointCount(0, n.length()) >= 2 && n.codePoints().anyMatch(Character::isLetter))
                    byName.computeIfAbsent(n, k -> new ArrayList<>()).add(e);
        if (byName.isEmpty())
            return List.of();
        StringBuilder values = new StringBuilder();
        for (String n : byName.keySet())
            values.append(' ').append(literal(n));
        String q = "PREFIX rdfs: <" + Vocab.RDFS + "> PREFIX skos: <" + Vocab.SKOS + "> PREFIX wdt: <" + WDT + ">\n"
                + "SELECT ?name ?item ?itemLabel ?class ?iso WHERE {\n"
                + "  VALUES ?name {" + values + " }\n"
                + "  ?item rdfs:label|skos:altLabel ?name .\n"
                + "  FILTER(STRSTARTS(STR(?item), \"" + Vocab.WD + "Q\"))\n"
                + "  OPTIONAL { ?item rdfs:label ?itemLabel FILTER(LANG(?itemLabel) = \"en\") }\n"
                + "  OPTIONAL { ?item wdt:P31 ?class }\n"
                + "  OPTIONAL { ?item wdt:P17/wdt:P297 ?iso }\n"
                + "}";
        // name -> qid -> candidate
        Map<String, Map<String, Candidate>> found = new HashMap<>();
        for (QuerySolution s : client.select(q)) {
            String name = s.getLiteral("name").getLexicalForm();
            String qid = s.getResource("item").getURI().substring(Vocab.WD.length());
            Candidate c = found.computeIfAbsent(name, k -> new LinkedHashMap<>()).computeIfAbsent(qid,
                    k -> new Candidate(k, s.contains("itemLabel") ? s.getLiteral("itemLabel").getLexicalForm() : null,
                            new LinkedHashSet<>(), new LinkedHashSet<>()));
            if (s.contains("class"))
                c.classes().add(s.getResource("class").getURI().substring(Vocab.WD.length()));
            if (s.contains("iso"))
                c.countries().add(s.getLiteral("iso").getLexicalForm().toUpperCase(Locale.ROOT));
        }
        List<Link> out = new ArrayList<>();
        for (KnownEntity e : batch) {
            Map<String, Link> best = new HashMap<>();
            for (int i = 0; i < e.names().size(); i++) {
                String n = e.names().get(i);
                for (Candidate c : found.getOrDefault(n, Map.of()).values()) {
                    double s = (i == 0 ? 1.0 : 0.9) * (n.equals(c.label()) ? 1.0 : 0.95) * kindFactor(e, c)
                            * countryFactor(e, c);
                    Link prev = best.get(c.qid());
                    if (prev == null || s > prev.score())
                        best.put(c.qid(), new Link(e, c.qid(), s, n));
                }
            }
            List<Link> ranked = new ArrayList<>(best.values());
            ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
            if (ranked.isEmpty())
                continue;
            Link top = ranked.get(0);
            if (top.score() < threshold)
                counts[0]++;
            else if (ranked.size() > 1 && ranked.get(1).score() > top.score() - 0.05)
                counts[1]++;
            else
                out.add(top);
        }
        return out;
    }

    private static double kindFactor(KnownEntity e, Candidate c) {
        if (c.classes().isEmpty())
            return 0.85;
        boolean person = c.classes().contains("Q5");
        if (e.type().equals("Person"))
            return person ? 1.0 : 0.5;
        for (String k : c.classes())
            if (!NOT_AN_ORGANISATION.contains(k))
                return 1.0;
        return 0.5;
    }

    private static double countryFactor(KnownEntity e, Candidate c) {
        if (e.country() == null || c.countries().isEmpty() || e.type().equals("Country"))
            return 1.0;
        return c.countries().contains(e.country().toUpperCase(Locale.ROOT)) ? 1.0 : 0.7;
    }

    /** Adds the facts of a batch of linked entities to {@code g}; returns {entities with facts, facts}. */
    private int[] enrich(List<KnownEntity> batch, Graph g) {
        Map<String, List<KnownEntity>> byQid = new LinkedHashMap<>();
        for (KnownEntity e : batch)
            byQid.computeIfAbsent(e.wikidata(), k -> new ArrayList<>()).add(e);
        StringBuilder values = new StringBuilder();
        for (String qid : byQid.keySet())
            values.append(" <").append(Vocab.WD).append(qid).append('>');
        String q = "PREFIX rdfs: <" + Vocab.RDFS + "> PREFIX wdt: <" + WDT + ">\n"
                + "SELECT ?item ?p ?v ?vLabel ?iso WHERE {\n"
                + "  VALUES ?item {" + values + " }\n"
                + "  { ?item wdt:P17 ?v BIND(\"country\" AS ?p) OPTIONAL { ?v wdt:P297 ?iso } }\n"
                + "  UNION { ?item wdt:P749 ?v BIND(\"parent\" AS ?p) }\n"
                + "  UNION { ?item wdt:P452 ?v BIND(\"industry\" AS ?p) }\n"
                + "  UNION { ?item wdt:P159 ?v BIND(\"headquarters\" AS ?p) }\n"
                + "  UNION { ?item wdt:P856 ?v BIND(\"website\" AS ?p) }\n"
                + "  OPTIONAL { ?v rdfs:label ?vLabel FILTER(LANG(?vLabel) = \"en\") }\n"
                + "}";
        Set<Node> withFacts = new HashSet<>();
        int facts = 0;
        for (QuerySolution s : client.select(q)) {
            String qid = s.getResource("item").getURI().substring(Vocab.WD.length());
            String p = s.getLiteral("p").getLexicalForm();
            if (!s.get("v").isURIResource())
                continue;
            String v = s.getResource("v").getURI();
            String label = s.contains("vLabel") ? s.getLiteral("vLabel").getLexicalForm() : null;
            for (KnownEntity e : byQid.getOrDefault(qid, List.of())) {
                boolean added = switch (p) {
                    case "country" -> country(g, e, v, s.contains("iso") ? s.getLiteral("iso").getLexicalForm() : null);
                    case "parent" -> item(g, e, Vocab.PARENT_ORGANIZATION, v, label, true);
                    case "industry" -> item(g, e, LinkTerms.INDUSTRY, v, label, false);
                    case "headquarters" -> item(g, e, LinkTerms.HEADQUARTERS, v, label, false);
                    case "website" -> {
                        Rdf.add(g, e.iri(), LinkTerms.WEBSITE, Vocab.iri(v));
                        yield true;
                    }
                    default -> false;
                };
                if (added) {
                    facts++;
                    withFacts.add(e.iri());
                }
            }
        }
        return new int[]{withFacts.size(), facts};
    }

    private boolean country(Graph g, KnownEntity e, String v, String iso) {
        if (e.type().equals("Country"))
            return false;
        String qid = v.startsWith(Vocab.WD) ? v.substring(Vocab.WD.length()) : null;
        var local = qid == null ? java.util.Optional.<KnownEntity>empty() : index.byWikidata(qid)
                .filter(c -> c.type().equals("Country"));
        if (local.isEmpty())
            local = index.country(iso);
        if (local.isEmpty())
            return false;
        Rdf.add(g, e.iri(), Vocab.COUNTRY, local.get().iri());
        if (!local.get().inStore()) {
            Rdf.add(g, local.get().iri(), Vocab.TYPE, Vocab.tm("Country"));
            Rdf.add(g, local.get().iri(), Vocab.LABEL, Rdf.string(local.get().label()));
        }
        return true;
    }

    private boolean item(Graph g, KnownEntity e, Node p, String v, String label, boolean preferLocal) {
        String qid = v.startsWith(Vocab.WD) ? v.substring(Vocab.WD.length()) : null;
        if (preferLocal && qid != null) {
            var local = index.byWikidata(qid);
            if (local.isPresent() && local.get().inStore()) {
                Rdf.add(g, e.iri(), p, local.get().iri());
                return true;
            }
        }
        Node item = Vocab.iri(v);
        Rdf.add(g, e.iri(), p, item);
        if (label != null)
            Rdf.add(g, item, Vocab.LABEL, Rdf.string(label));
        return true;
    }

    /**
     * Writes in one transaction: for every entity fetched in this run its old facts in the Wikidata graph are
     * replaced by the new ones; the graph's own description (endpoint, time, completeness) is replaced too.
     */
    private void write(Graph g, Set<Node> refreshed, boolean complete) {
        Node graph = LinkTerms.WIKIDATA_GRAPH;
        store.write(() -> {
            DatasetGraph dsg = store.datasetGraph();
            for (Node subject : refreshed)
                dsg.deleteAny(graph, subject, Node.ANY, Node.ANY);
            dsg.deleteAny(graph, graph, Node.ANY, Node.ANY);
            g.find().forEachRemaining(t -> dsg.add(new Quad(graph, t)));
            dsg.add(graph, graph, Vocab.TYPE, LinkTerms.DATASET);
            dsg.add(graph, graph, LinkTerms.TITLE, Rdf.string("Wikidata links and facts fetched by techmil link wikidata"));
            dsg.add(graph, graph, Vocab.WAS_DERIVED_FROM, Vocab.iri(client.endpoint()));
            dsg.add(graph, graph, LinkTerms.PUBLISHER, Rdf.string("Wikidata (Wikimedia Foundation)"));
            dsg.add(graph, graph, LinkTerms.GENERATED_AT,
                    Rdf.dateTime(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
            dsg.add(graph, graph, LinkTerms.COMPLETE, Rdf.bool(complete));
        });
    }

    /** A SPARQL string literal, escaped, tagged @zh when written in Chinese characters and @en otherwise. */
    static String literal(String s) {
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
        boolean chinese = s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        return b.append(chinese ? "\"@zh" : "\"@en").toString();
    }
}
