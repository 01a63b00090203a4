package org.techmil.index;

import java.math.BigInteger;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.techmil.rdf.Vocab;
import org.techmil.store.Store;

/**
 * Rebuilds the index graph ({@link IndexTerms#GRAPH}) of a store from all its other graphs, in one write transaction:
 * per entity its classes, one rdfs:label, its skos:altLabel and owl:sameAs, tm:mentionCount and, for an entity that
 * allegations accuse, the counts of {@link EntityEntry.Accused} and tm:allegedToAid for each organ they name. Queries that list or rank entities read this graph
 * (a few triples per entity) instead of the union graph, where an entity's type and label appear once per article
 * that names it. The old listings' first rows ({@link ListingPages}) go with the old index; the new ones are then
 * computed and written, each in transactions of its own, so that kept rows are never older than the graphs they come
 * from (a listing without kept rows runs in full).
 */
public final class IndexGraph {
    private IndexGraph() {
    }

    /** What a rebuild wrote. */
    public record Summary(int entities, int accused, ListingPages.Summary listings) {
        public String line() {
            return "indexed " + entities + (entities == 1 ? " entity" : " entities") + " (" + accused + " accused)"
                    + (listings.listings() == 0 && listings.failed().isEmpty() ? "" : " and the " + listings.line());
        }
    }

    /**
     * Replaces the index graph of {@code store} with one computed from its other graphs, including the first rows of
     * the curated listing queries ({@link ListingPages#curated()}).
     */
    public static Summary rebuild(Store store) {
        return rebuild(store, ListingPages.curated());
    }

    /** Replaces the index graph of {@code store}, keeping the first rows of {@code listings}. */
    public static Summary rebuild(Store store, List<ListingPages.Listing> listings) {
        DatasetGraph dsg = store.datasetGraph();
        int[] counts = new int[2];
        store.write(() -> {
            List<EntityEntry> entries = IndexScan.scan(dsg);
            dsg.deleteAny(IndexTerms.GRAPH, Node.ANY, Node.ANY, Node.ANY);
            for (EntityEntry e : entries) {
                write(dsg, e);
                if (e.accused() != null)
                    counts[1]++;
            }
            counts[0] = entries.size();
        });
        // after the entities are committed (the listings find and label entities in this graph), each in its own
        // transactions: until a listing's rows are written, its query runs in full
        ListingPages.Summary pages = ListingPages.write(store, listings);
        return new Summary(counts[0], counts[1], pages);
    }

    private static void write(DatasetGraph dsg, EntityEntry e) {
        Node s = e.entity();
        for (Node t : e.types())
            add(dsg, s, Vocab.TYPE, t);
        if (e.label() != null)
            add(dsg, s, Vocab.LABEL, e.label());
        for (Node a : e.altLabels())
            add(dsg, s, Vocab.ALT_LABEL, a);
        for (Node a : e.sameAs())
            add(dsg, s, Vocab.SAME_AS, a);
        add(dsg, s, IndexTerms.MENTION_COUNT, integer(e.mentions()));
        EntityEntry.Accused a = e.accused();
        if (a != null) {
            add(dsg, s, IndexTerms.ALLEGATION_COUNT, integer(a.allegations()));
            add(dsg, s, IndexTerms.ALLEGATION_ARTICLE_COUNT, integer(a.articles()));
            add(dsg, s, IndexTerms.ALLEGATION_CLAIMANT_COUNT, integer(a.claimants()));
            add(dsg, s, IndexTerms.DENIED_ALLEGATION_COUNT, integer(a.denied()));
            add(dsg, s, IndexTerms.DEFENDING_DENIAL_COUNT, integer(a.defences()));
            for (Node o : a.aids())
                add(dsg, s, IndexTerms.ALLEGED_TO_AID, o);
        }
    }

    private static void add(DatasetGraph dsg, Node s, Node p, Node o) {
        dsg.add(new Quad(IndexTerms.GRAPH, s, p, o));
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(BigInteger.valueOf(i).toString(), XSDDatatype.XSDinteger);
    }
}
