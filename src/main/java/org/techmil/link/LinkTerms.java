package org.techmil.link;

import org.apache.jena.graph.Node;
import org.techmil.rdf.Vocab;

/** The terms the linkers write beyond those of {@link Vocab}: DCAT and Dublin Core for datasets, and link terms. */
final class LinkTerms {
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCTERMS = "http://purl.org/dc/terms/";
    static final String WDT = "http://www.wikidata.org/prop/direct/";

    static final Node DATASET = Vocab.iri(DCAT + "Dataset");
    static final Node DCAT_VERSION = Vocab.iri(DCAT + "version");
    static final Node ENDPOINT_URL = Vocab.iri(DCAT + "endpointURL");
    static final Node DATA_SERVICE = Vocab.iri(DCAT + "DataService");
    static final Node TITLE = Vocab.iri(DCTERMS + "title");
    static final Node PUBLISHER = Vocab.iri(DCTERMS + "publisher");
    static final Node ISSUED = Vocab.iri(DCTERMS + "issued");
    static final Node IS_VERSION_OF = Vocab.iri(DCTERMS + "isVersionOf");
    static final Node IDENTIFIER = Vocab.iri(DCTERMS + "identifier");
    static final Node SOURCE = Vocab.iri(DCTERMS + "source");
    static final Node GENERATED_AT = Vocab.iri(Vocab.PROV + "generatedAtTime");
    static final Node SEE_ALSO = Vocab.iri(Vocab.RDFS + "seeAlso");
    static final Node DESIGNATION = Vocab.tm("Designation");
    static final Node DESIGNATES = Vocab.tm("designates");
    static final Node START_DATE = Vocab.tm("startDate");
    static final Node END_DATE = Vocab.tm("endDate");

    /** New tm: terms, declared in ontology/techmil.ttl. */
    static final Node MATCH_SCORE = Vocab.tm("matchScore");
    static final Node MATCHED_NAME = Vocab.tm("matchedName");
    static final Node PROGRAMME = Vocab.tm("programme");
    static final Node DELISTED_IN = Vocab.tm("delistedIn");
    static final Node RECORD_ID = Vocab.tm("recordId");
    static final Node SOURCE_ROW = Vocab.tm("sourceRow");
    static final Node COMPLETE = Vocab.tm("complete");
    static final Node INDUSTRY = Vocab.tm("industry");
    static final Node HEADQUARTERS = Vocab.tm("headquarters");
    static final Node WEBSITE = Vocab.tm("officialWebsite");

    static final String GRAPH_BASE = Vocab.BASE + "graph/";
    static final String DATASET_BASE = Vocab.BASE + "dataset/";
    /** The named graph that holds what {@code link wikidata} fetched. */
    static final Node WIKIDATA_GRAPH = Vocab.iri(GRAPH_BASE + "wikidata");

    private LinkTerms() {
    }
}
