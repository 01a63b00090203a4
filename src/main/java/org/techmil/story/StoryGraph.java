package org.techmil.story;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.techmil.rdf.Vocab;

/** Writes a {@link StoryAnalysis.Result} as the triples of the story graph. */
final class StoryGraph {
    private StoryGraph() {
    }

    static Graph build(StoryAnalysis.Result r) {
        Graph g = GraphFactory.createDefaultGraph();
        write(r, g::add);
        return g;
    }

    /** Hands every triple of the story graph to {@code g}, one at a time, without building the graph in memory. */
    static void write(StoryAnalysis.Result r, Consumer<Triple> g) {
        for (StoryAnalysis.ArticleInfo info : r.articles().values()) {
            Node a = info.article().iri();
            if (info.publisher() != null) {
                add(g, a, StoryTerms.PUBLISHER, info.publisher().iri());
                describe(g, info.publisher());
            }
            for (Outlet o : info.cites()) {
                add(g, a, StoryTerms.CITES_SOURCE, o.iri());
                describe(g, o);
            }
            if (info.reprintOf() != null)
                add(g, a, StoryTerms.REPRINT_OF, info.reprintOf());
        }
        for (StoryAnalysis.Story s : r.stories()) {
            add(g, s.iri(), Vocab.TYPE, StoryTerms.STORY);
            add(g, s.iri(), Vocab.LABEL, NodeFactory.createLiteralString(s.label()));
            for (StoryArticle a : s.articles())
                add(g, s.iri(), StoryTerms.HAS_ARTICLE, a.iri());
            add(g, s.iri(), StoryTerms.ARTICLE_COUNT, integer(s.articles().size()));
            add(g, s.iri(), StoryTerms.OUTLET_COUNT, integer(s.outletCount()));
            add(g, s.iri(), StoryTerms.SOURCE_COUNT, integer(s.originalSources().size()));
            for (Node o : s.originalSources())
                add(g, s.iri(), StoryTerms.ORIGINAL_SOURCE, o);
            dates(g, s.iri(), s.first(), s.last());
        }
        for (StoryAnalysis.Assertion as : r.assertions()) {
            Node n = as.iri();
            add(g, n, Vocab.TYPE, StoryTerms.ASSERTION);
            add(g, n, StoryTerms.ASSERTION_TYPE, Vocab.tm(as.type()));
            add(g, n, StoryTerms.ASSERTION_SUBJECT, as.subject());
            add(g, n, StoryTerms.ASSERTION_OBJECT, as.object());
            String predicate = statementPredicate(as.type());
            if (predicate != null)
                add(g, n, Vocab.REIFIES,
                        NodeFactory.createTripleTerm(Triple.create(as.subject(), Vocab.tm(predicate), as.object())));
            for (StoryClaim c : as.claims())
                add(g, n, StoryTerms.GATHERS, c.iri());
            for (Node c : as.claimants())
                add(g, n, StoryTerms.ASSERTED_BY, c);
            for (Node d : as.denials())
                add(g, n, StoryTerms.DENIED_BY, d);
            for (Node s : as.stories())
                add(g, n, StoryTerms.IN_STORY, s);
            for (Node o : as.originalSources())
                add(g, n, StoryTerms.ORIGINAL_SOURCE, o);
            add(g, n, StoryTerms.ARTICLE_COUNT, integer(as.articleCount()));
            add(g, n, StoryTerms.OUTLET_COUNT, integer(as.outletCount()));
            add(g, n, StoryTerms.SOURCE_COUNT, integer(as.originalSources().size()));
            add(g, n, StoryTerms.DENIAL_COUNT, integer(as.denials().size()));
            dates(g, n, as.first(), as.last());
        }
    }

    /**
     * Hands {@code g} the rdfs:label, from {@code labels}, of every node the story graph refers to as an assertion's
     * subject, object or claimant, an article's publisher or credited source, or an original source; except the nodes
     * in {@code labelled}, which the story graph labels already (outlets named by the gazetteer).
     */
    static void labels(StoryAnalysis.Result r, java.util.Map<Node, Node> labels, java.util.Set<Node> labelled,
                       Consumer<Triple> g) {
        java.util.Set<Node> nodes = new java.util.TreeSet<>(StoreReader.BY_IRI);
        for (StoryAnalysis.ArticleInfo info : r.articles().values()) {
            if (info.publisher() != null)
                nodes.add(info.publisher().iri());
            info.cites().forEach(o -> nodes.add(o.iri()));
        }
        for (StoryAnalysis.Story s : r.stories())
            nodes.addAll(s.originalSources());
        for (StoryAnalysis.Assertion as : r.assertions()) {
            nodes.add(as.subject());
            nodes.add(as.object());
            nodes.addAll(as.claimants());
            nodes.addAll(as.originalSources());
        }
        for (Node n : nodes) {
            Node label = labels.get(n);
            if (label != null && !labelled.contains(n))
                add(g, n, Vocab.LABEL, label);
        }
    }

    private static String statementPredicate(String type) {
        return switch (type) {
            case "Allegation" -> "aids";
            case "Designation" -> "designates";
            case "Contract" -> "contractsWith";
            case "Partnership" -> "partnersWith";
            case "Investigation" -> "investigates";
            default -> null;
        };
    }

    private static void describe(Consumer<Triple> g, Outlet o) {
        if (o.label() == null)
            return;
        add(g, o.iri(), Vocab.TYPE, StoryTerms.MEDIA_ORGANISATION);
        add(g, o.iri(), Vocab.LABEL, NodeFactory.createLiteralString(o.label()));
    }

    private static void dates(Consumer<Triple> g, Node n, LocalDate first, LocalDate last) {
        if (first != null)
            add(g, n, StoryTerms.FIRST_REPORTED, NodeFactory.createLiteralDT(first.toString(), XSDDatatype.XSDdate));
        if (last != null)
            add(g, n, StoryTerms.LAST_REPORTED, NodeFactory.createLiteralDT(last.toString(), XSDDatatype.XSDdate));
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(BigInteger.valueOf(i).toString(), XSDDatatype.XSDinteger);
    }

    private static void add(Consumer<Triple> g, Node s, Node p, Node o) {
        g.accept(Triple.create(s, p, o));
    }
}
