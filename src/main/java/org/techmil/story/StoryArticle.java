package org.techmil.story;

import java.time.LocalDate;
import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * One article as the story analysis sees it, read back from its named graph.
 *
 * @param iri       the article node, which also names its graph
 * @param source    its tm:sourceName
 * @param date      schema:datePublished, or null
 * @param headline  schema:headline, or null
 * @param url       schema:url, or null
 * @param body      schema:articleBody
 * @param publisher a schema:publisher its own graph already states (from page metadata): an outlet IRI, or a
 *                  literal with the outlet's name; null when it states none
 */
public record StoryArticle(Node iri, String source, LocalDate date, String headline, String url, String body,
                           Node publisher) {
    public StoryArticle {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
    }

    /** Earliest first, undated last, then by source name: the order in which an article counts as the original. */
    static int byDateThenSource(StoryArticle a, StoryArticle b) {
        if (a.date() != null && b.date() != null && !a.date().equals(b.date()))
            return a.date().compareTo(b.date());
        if ((a.date() == null) != (b.date() == null))
            return a.date() == null ? 1 : -1;
        return a.source().compareTo(b.source());
    }
}
