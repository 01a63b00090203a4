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

    /**
     * Digested articles, sorted by IRI, their claims, sorted by IRI, and the rdfs:label of every IRI node an article
     * graph labels (entities and outlets: one entry per distinct node, not per article).
     */
    record Contents(List<StoryAnalysis.Digest> articles, List<StoryClaim> claims, Map<Node, Node> labels) {
    }

    /** Reads every article graph of {@code dsg}; call inside a read transaction. */
    static Contents read(DatasetGraph dsg, Function<StoryArticle, StoryAnalysis.Digest> digest) {
        GraphSource source = GraphSource.of(dsg);
        TreeSet<Node> graphs = new TreeSet<>(BY_IRI);
        source.articleGraphs(graphs::add);
        Map<Node, Node> shared = new HashMap<>();
        List<StoryAnalysis.Digest> articles = new ArrayList<>(graphs.size());
        List<StoryClaim> claims = new ArrayList<>();
        Map<Node, Node> labels = new HashMap<>();
        for (Node g : graphs) {
            ArticleGraph ag = new ArticleGraph(g);
            source.read(g, ag);
            StoryArticle a = ag.article(shared);
            if (a == null)
                continue;
            articles.add(digest.apply(a));
            ag.claims(a.iri(), shared, claims);
            ag.labels(shared, labels);
        }
        claims.sort(Comparator.comparing(c -> c.iri().getURI()));
        return new Contents(articles, claims, labels);
    }

    /** The predicates the story stage reads; the other quads of an article graph (quotes, offsets ...) are skipped. */
    private static final Set<Node> READ = Set.of(Vocab.TYPE, Vocab.SOURCE_NAME, Vocab.ARTICLE_BODY,
            Vocab.DATE_PUBLISHED, Vocab.HEADLINE, Vocab.URL, StoryTerms.PUBLISHER, Vocab.WAS_DERIVED_FROM,
            Vocab.SUBJECT, Vocab.OBJECT, Vocab.CLAIMANT, Vocab.DENIES, Vocab.LABEL);

    /**
     * Reads the quads of one graph with a predicate in {@link #READ}. On a TDB2 store it works on node ids: only the
     * terms it keeps are decoded, and past TDB2's node cache, which would otherwise keep every body and term read
     * (hundreds of MB at 100,000 articles) on the heap.
     */
    private interface GraphSource {
        /** Hands over every graph named by the tm:Article node it holds. */
        void articleGraphs(java.util.function.Consumer<Node> each);

        void read(Node g, ArticleGraph into);

        static GraphSource of(DatasetGraph dsg) {
            if (!org.apache.jena.tdb2.sys.TDBInternal.isTDB2(dsg))
                return new GraphSource() {
                    @Override
                    public void articleGraphs(java.util.function.Consumer<Node> each) {
                        Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Vocab.TYPE, Vocab.ARTICLE);
                        while (it.hasNext()) {
                            Quad q = it.next();
                            if (q.getGraph().equals(q.getSubject()) && q.getGraph().isURI())
                                each.accept(q.getGraph());
                        }
                    }

                    @Override
                    public void read(Node g, ArticleGraph into) {
                        Iterator<Quad> quads = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
                        while (quads.hasNext()) {
                            Quad q = quads.next();
                            if (READ.contains(q.getPredicate()))
                                into.add(q.getSubject(), q.getPredicate(), q.getObject());
                        }
                    }
                };
            var table = org.apache.jena.tdb2.sys.TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
            org.apache.jena.tdb2.store.nodetable.NodeTable cached = table.getNodeTable();
            org.apache.jena.tdb2.store.nodetable.NodeTable plain = uncached(cached);
            Map<org.apache.jena.tdb2.store.NodeId, Node> wanted = new HashMap<>();
            for (Node p : READ) {
                org.apache.jena.tdb2.store.NodeId id = plain.getNodeIdForNode(p);
                if (!missing(id))
                    wanted.put(id, p);
            }
            org.apache.jena.tdb2.store.NodeId any = org.apache.jena.tdb2.store.NodeId.NodeIdAny;
            // every term is decoded past the cache: the story stage reads each article once, and what it would leave
            // in TDB2's node cache (up to a million terms) would stay on the heap through the analysis
            return new GraphSource() {
                @Override
                public void articleGraphs(java.util.function.Consumer<Node> each) {
                    org.apache.jena.tdb2.store.NodeId type = plain.getNodeIdForNode(Vocab.TYPE);
                    org.apache.jena.tdb2.store.NodeId article = plain.getNodeIdForNode(Vocab.ARTICLE);
                    if (missing(type) || missing(article))
                        return;
                    var it = table.find(any, any, type, article);
                    while (it.hasNext()) {
                        var t = it.next();
                        if (t.get(0).equals(t.get(1))) {
                            Node g = decode(t.get(0));
                            if (g.isURI())
                                each.accept(g);
                        }
                    }
                }

                /** A value held in the id itself (a date, a number) is decoded by the inlining table on top. */
                private Node decode(org.apache.jena.tdb2.store.NodeId id) {
                    return id.isInline() ? cached.getNodeForNodeId(id) : plain.getNodeForNodeId(id);
                }

                @Override
                public void read(Node g, ArticleGraph into) {
                    org.apache.jena.tdb2.store.NodeId gid = plain.getNodeIdForNode(g);
                    if (missing(gid))
                        return;
                    var it = table.find(gid, any, any, any);
                    while (it.hasNext()) {
                        var t = it.next();
                        Node p = wanted.get(t.get(2));
                        if (p != null)
                            into.add(decode(t.get(1)), p, decode(t.get(3)));
                    }
                }
            };
        }

        private static boolean missing(org.apache.jena.tdb2.store.NodeId id) {
            return id == null || org.apache.jena.tdb2.store.NodeId.isDoesNotExist(id);
        }

        /** The node table under TDB2's cache. */
        private static org.apache.jena.tdb2.store.nodetable.NodeTable uncached(
                org.apache.jena.tdb2.store.nodetable.NodeTable nt) {
            while (true) {
                if (nt instanceof org.apache.jena.tdb2.store.nodetable.NodeTableCache c)
                    return c.wrapped();
                if (nt instanceof org.apache.jena.tdb2.store.nodetable.NodeTableWrapper w)
                    nt = w.wrapped();
                else
                    return nt;
            }
        }
    }

    /** The quads of one article graph, sorted out by subject. */
    private static final class ArticleGraph {
        private final Node g;
        private final Map<Node, Map<Node, List<Node>>> bySubject = new LinkedHashMap<>();

        ArticleGraph(Node g) {
            this.g = g;
        }

        void add(Node s, Node p, Node o) {
            bySubject.computeIfAbsent(s, k -> new HashMap<>()).computeIfAbsent(p, k -> new ArrayList<>(2)).add(o);
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

        /** Adds the label of every IRI node this graph labels, unless one is known already. */
        void labels(Map<Node, Node> shared, Map<Node, Node> out) {
            bySubject.forEach((n, props) -> {
                List<Node> l = props.get(Vocab.LABEL);
                if (n.isURI() && l != null && !l.isEmpty() && !out.containsKey(n))
                    out.put(intern(shared, n), l.get(0));
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
