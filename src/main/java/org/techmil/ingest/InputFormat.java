package org.techmil.ingest;

/** The two shapes an article arrives in. */
public enum InputFormat {
    /** An HTML page, as saved by a browser or fetched over HTTP. */
    HTML,
    /** A page's visible text copied whole: the article among navigation, teasers and prompts. */
    TEXT
}
