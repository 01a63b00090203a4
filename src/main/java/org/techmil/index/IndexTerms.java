package org.techmil.index;

import java.util.List;

import org.apache.jena.graph.Node;
import org.techmil.rdf.Vocab;

/** The name of the index graph and the tm: counts it gives each entity. */
public final class IndexTerms {
    /** The named graph that summarises the entities of all other graphs; rebuilt, never edited. */
    public static final Node GRAPH = Vocab.iri(Vocab.BASE + "graph/index");

    /** Distinct articles whose schema:mentions names the entity. */
    public static final Node MENTION_COUNT = Vocab.tm("mentionCount");
    /** Distinct tm:Allegation claims (with a source) whose tm:subject is the entity. */
    public static final Node ALLEGATION_COUNT = Vocab.tm("allegationCount");
    /** Distinct sources (prov:wasDerivedFrom) of those allegations. */
    public static final Node ALLEGATION_ARTICLE_COUNT = Vocab.tm("allegationArticleCount");
    /** Distinct tm:claimant of those allegations. */
    public static final Node ALLEGATION_CLAIMANT_COUNT = Vocab.tm("allegationClaimantCount");
    /** How many of those allegations a tm:Denial rejects with tm:denies. */
    public static final Node DENIED_ALLEGATION_COUNT = Vocab.tm("deniedAllegationCount");
    /** Distinct tm:Denial claims whose tm:object is the entity (denials that defend it). */
    public static final Node DEFENDING_DENIAL_COUNT = Vocab.tm("defendingDenialCount");

    /**
     * From an accused entity to each organ that allegations say it aids (the tm:object of its allegations). An index
     * of what articles report, like everything in this graph, not a statement that it does.
     */
    public static final Node ALLEGED_TO_AID = Vocab.tm("allegedToAid");

    /** A listing query whose first rows the index graph keeps ({@link ListingPages}). */
    public static final Node LISTING = Vocab.tm("Listing");
    /** The curated query's name (its file name without ".rq"). */
    public static final Node QUERY_NAME = Vocab.tm("queryName");
    /** SHA-256 of the query as Jena writes it without its LIMIT: the rows answer only that query. */
    public static final Node QUERY_KEY = Vocab.tm("queryKey");
    /** Rows kept, on a listing; rows held, on one of its pages. */
    public static final Node ROW_COUNT = Vocab.tm("rowCount");
    /** Whether the rows kept are all the rows the query gives. */
    public static final Node ALL_ROWS_KEPT = Vocab.tm("allRowsKept");
    /** From a listing to each of its pages. */
    public static final Node PAGE = Vocab.tm("page");
    /** A page's position in its listing, from 1. */
    public static final Node PAGE_NUMBER = Vocab.tm("pageNumber");
    /** A page's rows, in order, as W3C SPARQL 1.1 Query Results JSON (an rdf:JSON literal). */
    public static final Node RESULTS = Vocab.tm("results");

    /** The entity classes of the ontology; a node typed with one of them in any graph is indexed. */
    public static final List<Node> ENTITY_CLASSES = List.of(Vocab.tm("TechFirm"), Vocab.tm("MilitaryOrganisation"),
            Vocab.tm("GovernmentBody"), Vocab.tm("Country"), Vocab.tm("Person"), Vocab.tm("MediaOrganisation"),
            Vocab.tm("Organisation"));

    static final Node ALLEGATION = Vocab.tm("Allegation");
    static final Node DENIAL = Vocab.tm("Denial");

    private IndexTerms() {
    }
}
