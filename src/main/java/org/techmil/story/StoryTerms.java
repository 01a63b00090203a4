package org.techmil.story;

import org.apache.jena.graph.Node;
import org.techmil.rdf.Vocab;

/** The terms of the story graph: tm: terms added for stories and assertions, plus the schema.org ones it reuses. */
public final class StoryTerms {
    /** The named graph that holds stories, assertions, publishers and credited sources; rebuilt after each build. */
    public static final Node GRAPH = Vocab.iri(Vocab.BASE + "graph/stories");

    public static final Node STORY = Vocab.tm("Story");
    public static final Node ASSERTION = Vocab.tm("Assertion");
    public static final Node HAS_ARTICLE = Vocab.tm("hasArticle");
    public static final Node CITES_SOURCE = Vocab.tm("citesSource");
    public static final Node REPRINT_OF = Vocab.tm("reprintOf");
    public static final Node ORIGINAL_SOURCE = Vocab.tm("originalSource");
    public static final Node ASSERTION_TYPE = Vocab.tm("assertionType");
    public static final Node ASSERTION_SUBJECT = Vocab.tm("assertionSubject");
    public static final Node ASSERTION_OBJECT = Vocab.tm("assertionObject");
    public static final Node GATHERS = Vocab.tm("gathers");
    public static final Node ASSERTED_BY = Vocab.tm("assertedBy");
    public static final Node DENIED_BY = Vocab.tm("deniedBy");
    public static final Node IN_STORY = Vocab.tm("inStory");
    public static final Node ARTICLE_COUNT = Vocab.tm("articleCount");
    public static final Node OUTLET_COUNT = Vocab.tm("outletCount");
    public static final Node SOURCE_COUNT = Vocab.tm("sourceCount");
    public static final Node DENIAL_COUNT = Vocab.tm("denialCount");
    public static final Node FIRST_REPORTED = Vocab.tm("firstReported");
    public static final Node LAST_REPORTED = Vocab.tm("lastReported");
    public static final Node MEDIA_ORGANISATION = Vocab.tm("MediaOrganisation");

    public static final Node PUBLISHER = Vocab.iri(Vocab.SCHEMA + "publisher");

    private StoryTerms() {
    }
}
