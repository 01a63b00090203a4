package org.techmil.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** IRIs of the terms techmil writes: its own tm: vocabulary and the standard ones the contract names. */
public final class Vocab {
    public static final String BASE = "https://w3id.org/techmil/";
    public static final String TM = BASE + "ontology#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String WD = "http://www.wikidata.org/entity/";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";

    /** The named graph that holds the ontology inside a store. */
    public static final Node ONTOLOGY_GRAPH = iri(BASE + "graph/ontology");

    public static final Node TYPE = iri(RDF + "type");
    public static final Node REIFIES = iri(RDF + "reifies");
    public static final Node LABEL = iri(RDFS + "label");
    public static final Node ALT_LABEL = iri(SKOS + "altLabel");
    public static final Node SAME_AS = iri(OWL + "sameAs");

    public static final Node ARTICLE = tm("Article");
    public static final Node EVIDENCE = tm("Evidence");
    public static final Node SOURCE_NAME = tm("sourceName");
    public static final Node SUBJECT = tm("subject");
    public static final Node OBJECT = tm("object");
    public static final Node CLAIMANT = tm("claimant");
    public static final Node CONFIDENCE = tm("confidence");
    public static final Node DETAIL = tm("detail");
    public static final Node RULE = tm("rule");
    public static final Node HEDGED = tm("hedged");
    public static final Node DENIES = tm("denies");
    public static final Node HAS_EVIDENCE = tm("evidence");
    public static final Node QUOTE = tm("quote");
    public static final Node START = tm("start");
    public static final Node END = tm("end");
    public static final Node COUNTRY = tm("country");

    public static final Node NEWS_ARTICLE = iri(SCHEMA + "NewsArticle");
    public static final Node ARTICLE_BODY = iri(SCHEMA + "articleBody");
    public static final Node HEADLINE = iri(SCHEMA + "headline");
    public static final Node DATE_PUBLISHED = iri(SCHEMA + "datePublished");
    public static final Node AUTHOR = iri(SCHEMA + "author");
    public static final Node URL = iri(SCHEMA + "url");
    public static final Node MENTIONS = iri(SCHEMA + "mentions");
    public static final Node PARENT_ORGANIZATION = iri(SCHEMA + "parentOrganization");
    public static final Node WAS_DERIVED_FROM = iri(PROV + "wasDerivedFrom");

    public static final Node TEXT_QUOTE_SELECTOR = iri(OA + "TextQuoteSelector");
    public static final Node TEXT_POSITION_SELECTOR = iri(OA + "TextPositionSelector");
    public static final Node OA_EXACT = iri(OA + "exact");
    public static final Node OA_PREFIX = iri(OA + "prefix");
    public static final Node OA_SUFFIX = iri(OA + "suffix");
    public static final Node OA_START = iri(OA + "start");
    public static final Node OA_END = iri(OA + "end");

    private Vocab() {
    }

    public static Node tm(String localName) {
        return iri(TM + localName);
    }

    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
