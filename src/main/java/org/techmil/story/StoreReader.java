package org.techmil.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.techmil.rdf.Vocab;

/**
 * Reads articles and claims back from their own named graphs (a graph named by its tm:Article node), ignoring the
 * story graph, the ontology graph and the list graphs. One article graph at a time, by quad iteration: its body is
 * turned into a {@link StoryAnalysis.Digest} at once and dropped, so memory grows by a few hundred bytes per article
 * and per claim, never by the text of the corpus.
 */
final class StoreReader {
    private static final Node MEDIA = Vocab.tm("MediaOrganisation");
    private static final Set<String> CLAIM_TYPES = Set.of("Allegation", "Denial", "Designation", "Contract",
            "Partnership", "Investigation");

    private StoreReader() {
    }

    /** Digested articles, sorted by IRI, and their claims, sorted by IRI. */
    record Contents(List<StoryAnalysis.Digest> articles, List<StoryClaim> claims) {
    }

    /** Reads every article graph of {@code dsg}; call inside a read transaction. */
    static Contents read(DatasetGraph dsg, Function<StoryArticle, StoryAnalysis.Digest> digest) {
        // article graphs: the graph name is the article node
        TreeSet<Node> graphs = new TreeSet<>(BY_IRI);
        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.ARTICLE);
        while (it.hasNext()) {
            Quad q = it.next();
            if (q.getGraph().equals(q.getSubject()) && q.getGraph().isURI())
                graphs.add(q.getGraph());
        }
        Map<Node, Node> shared = new HashMap<>();
        List<StoryAnalysis.Digest> articles = new ArrayList<>(graphs.size());
        List<StoryClaim> claims = new ArrayList<>();
        for (Node g : graphs) {
            ArticleGraph ag = new ArticleGraph(g);
            Iterator<Quad> quads = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            while (quads.hasNext())
                ag.add(quads.next());
            StoryArticle a = ag.article(shared);
            if (a == null)
                continue;
            articles.add(digest.apply(a));
            ag.claims(a.iri(), shared, claims);
        }
        claims.sort(Comparator.comparing(c -> c.iri().getURI()));
        return new Contents(articles, claims);
    }

    /** The quads of one article graph, sorted out by subject. */
    private static final class ArticleGraph {
        private final Node g;
        private final Map<Node, Map<Node, List<Node>>> bySubject = new LinkedHashMap<>();

        ArticleGraph(Node g) {
            this.g = g;
        }

        void add(Quad q) {
            bySubject.computeIfAbsent(q.getSubject(), k -> new HashMap<>())
                    .computeIfAbsent(q.getPredicate(), k -> new ArrayList<>(2)).add(q.getObject());
        }

        private List<Node> values(Node s, Node p) {
            Map<Node, List<Node>> props = bySubject.get(s);
            return props == null ? List.of() : props.getOrDefault(p, List.of());
        }

        private Node first(Node s, Node p) {
            List<Node> v = values(s, p);
            return v.isEmpty() ? null : v.get(0);
        }

        /** The article, as the story analysis sees it, or null when the graph lacks its source name or body. */
        StoryArticle article(Map<Node, Node> shared) {
            Node source = first(g, Vocab.SOURCE_NAME);
            Node body = first(g, Vocab.ARTICLE_BODY);
            if (source == null || body == null || !source.isLiteral() || !body.isLiteral())
                return null;
            LocalDate date = null;
            Node d = first(g, Vocab.DATE_PUBLISHED);
            if (d != null && d.isLiteral()) {
                try {
                    date = LocalDate.parse(d.getLiteralLexicalForm());
                } catch (java.time.format.DateTimeParseException e) {
                    date = null;
                }
            }
            Node h = first(g, Vocab.HEADLINE);
            Node u = first(g, Vocab.URL);
            String publisherIri = null;
            String publisherName = null;
            for (Node p : values(g, StoryTerms.PUBLISHER)) {
                if (p.isURI() && (publisherIri == null || p.getURI().compareTo(publisherIri) < 0))
                    publisherIri = p.getURI();
                else if (p.isLiteral() && (publisherName == null || p.getLiteralLexicalForm().compareTo(publisherName) < 0))
                    publisherName = p.getLiteralLexicalForm();
            }
            Node publisher = publisherIri != null ? intern(shared, Vocab.iri(publisherIri))
                    : publisherName != null ? NodeFactory.createLiteralString(publisherName) : null;
            return new StoryArticle(g, source.getLiteralLexicalForm(), date,
                    h != null && h.isLiteral() ? h.getLiteralLexicalForm() : null,
                    u == null ? null : u.isLiteral() ? u.getLiteralLexicalForm() : u.isURI() ? u.getURI() : null,
                    body.getLiteralLexicalForm(), publisher);
        }

        /** The claims derived from this article with a claim type, an IRI subject and an IRI object. */
        void claims(Node article, Map<Node, Node> shared, List<StoryClaim> out) {
            bySubject.forEach((c, props) -> {
                if (!c.isURI() || !props.getOrDefault(Vocab.WAS_DERIVED_FROM, List.of()).contains(g))
                    return;
                String type = null;
                for (Node t : props.getOrDefault(Vocab.TYPE, List.of()))
                    if (t.isURI() && t.getURI().startsWith(Vocab.TM)) {
                        String local = t.getURI().substring(Vocab.TM.length());
                        if (CLAIM_TYPES.contains(local) && (type == null || local.compareTo(type) < 0))
                            type = local;
                    }
                Node s = iriOf(props.get(Vocab.SUBJECT));
                Node o = iriOf(props.get(Vocab.OBJECT));
                if (type == null || s == null || o == null)
                    return;
                TreeSet<Node> claimants = new TreeSet<>(BY_IRI);
                TreeSet<Node> media = new TreeSet<>(BY_IRI);
                for (Node cl : props.getOrDefault(Vocab.CLAIMANT, List.of()))
                    if (cl.isURI()) {
                        claimants.add(intern(shared, cl));
                        if (values(cl, Vocab.TYPE).contains(MEDIA))
                            media.add(intern(shared, cl));
                    }
                TreeSet<Node> denies = new TreeSet<>(BY_IRI);
                for (Node d : props.getOrDefault(Vocab.DENIES, List.of()))
                    if (d.isURI())
                        denies.add(d);
                out.add(new StoryClaim(c, article, CLAIM_TYPES.stream().filter(type::equals).findFirst().orElseThrow(),
                        intern(shared, s), intern(shared, o), List.copyOf(claimants), List.copyOf(media),
                        List.copyOf(denies)));
            });
        }

        /** The least IRI among {@code values}, or null. */
        private static Node iriOf(List<Node> values) {
            Node best = null;
            if (values != null)
                for (Node v : values)
                    if (v.isURI() && (best == null || v.getURI().compareTo(best.getURI()) < 0))
                        best = v;
            return best;
        }
    }

    /** One instance per entity IRI: subjects, objects, claimants and outlets repeat across thousands of articles. */
    private static Node intern(Map<Node, Node> shared, Node n) {
        Node known = shared.putIfAbsent(n, n);
        return known != null ? known : n;
    }

    static final Comparator<Node> BY_IRI = Comparator.comparing(Node::toString);
}
