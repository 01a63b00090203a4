package org.techmil.link;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.techmil.rdf.Vocab;

/** Literal and triple helpers for the linkers' graphs. */
final class Rdf {
    private Rdf() {
    }

    static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node decimal(double d) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).toPlainString(),
                XSDDatatype.XSDdecimal);
    }

    static Node integer(long i) {
        return NodeFactory.createLiteralDT(Long.toString(i), XSDDatatype.XSDinteger);
    }

    static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    static Node dateTime(String iso) {
        return NodeFactory.createLiteralDT(iso, XSDDatatype.XSDdateTime);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    /** Type, label, Wikidata link and country of an entity, so that a graph describes every entity it names. */
    static void describe(Graph g, KnownEntity e, EntityIndex index) {
        add(g, e.iri(), Vocab.TYPE, Vocab.tm(e.type()));
        add(g, e.iri(), Vocab.LABEL, string(e.label()));
        if (e.wikidata() != null)
            add(g, e.iri(), Vocab.SAME_AS, Vocab.iri(Vocab.WD + e.wikidata()));
        if (e.country() != null && !e.type().equals("Country"))
            index.country(e.country()).ifPresent(c -> {
                add(g, e.iri(), Vocab.COUNTRY, c.iri());
                add(g, c.iri(), Vocab.TYPE, Vocab.tm(c.type()));
                add(g, c.iri(), Vocab.LABEL, string(c.label()));
            });
    }
}
