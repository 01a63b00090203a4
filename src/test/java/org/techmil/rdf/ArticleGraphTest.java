package org.techmil.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.techmil.clean.CleanedArticle;
import org.techmil.extract.Extraction;
import org.techmil.extract.Extractor;
import org.techmil.extract.KnowledgeBase;

class ArticleGraphTest {
    private static final KnowledgeBase KB = KnowledgeBase.load(null);

    private static Graph graph(String body) {
        Extraction x = new Extractor(KB).extract(new CleanedArticle("t.txt", "H", null, null, null, body));
        return new ArticleGraph(KB.gazetteer()).build(x);
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    @Test
    void evidenceOffsetsCountCodePointsAndQuoteTheBody() {
        String body = "\uD83D\uDEF0\uFE0F Satellites. The State Department accused Huawei of supplying the PLA.";
        Graph g = graph(body);
        List<Node> evidence = g.find(Node.ANY, Vocab.HAS_EVIDENCE, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, evidence.size());
        Node ev = evidence.get(0);
        int start = Integer.parseInt(objects(g, ev, Vocab.START).get(0).getLiteralLexicalForm());
        int end = Integer.parseInt(objects(g, ev, Vocab.END).get(0).getLiteralLexicalForm());
        String quote = objects(g, ev, Vocab.QUOTE).get(0).getLiteralLexicalForm();
        int[] cps = body.codePoints().toArray();
        assertEquals(quote, new String(cps, start, end - start));
        assertEquals(body.indexOf("The State") - 1, start, "the emoji is two UTF-16 units but one code point");
        assertEquals(quote, objects(g, ev, Vocab.OA_EXACT).get(0).getLiteralLexicalForm());
        assertTrue(g.contains(ev, Vocab.TYPE, Vocab.TEXT_QUOTE_SELECTOR));
    }

    @Test
    void claimReifiesItsStatementWithoutAssertingIt() {
        Graph g = graph("The State Department accused Huawei of supplying the PLA.");
        Node claim = g.find(Node.ANY, Vocab.TYPE, Vocab.tm("Allegation")).next().getSubject();
        Node statement = objects(g, claim, Vocab.REIFIES).get(0);
        assertTrue(statement.isTripleTerm());
        Triple t = statement.getTriple();
        assertEquals(Vocab.tm("aids"), t.getPredicate());
        assertFalse(g.contains(t), "the reified statement must never be asserted");
        assertFalse(g.find(Node.ANY, Vocab.tm("aids"), Node.ANY).hasNext());
    }

    @Test
    void everyMentionedEntityHasExactlyOneLabel() {
        Graph g = graph("The State Department accused Huawei of supplying the PLA. Huawei denied it.");
        for (Node e : objects(g, ArticleGraph.graphName(new CleanedArticle("t.txt", null, null, null, null, "x")), Vocab.MENTIONS))
            assertEquals(1, objects(g, e, Vocab.LABEL).size(), e.toString());
    }

    @Test
    void aBodyNamedWithItsStatesPossessiveGoesByItsNameWithoutIt() {
        Graph g = graph("France's Ministry of the Armed Forces signed a framework contract with Mistral AI on Thursday.");
        List<String> alt = g.find(Node.ANY, Vocab.ALT_LABEL, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
        assertTrue(alt.contains("Ministry of the Armed Forces"), alt.toString());
        assertTrue(alt.contains("Ministry of the Armed Forces of France"), alt.toString());
    }
}
