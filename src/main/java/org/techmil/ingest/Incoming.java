package org.techmil.ingest;

import java.util.Objects;

/**
 * One article as read from an input, file or record, with what its container said about it.
 *
 * @param raw   the article's bytes, source name and shape
 * @param hints metadata from the container, {@link Hints#NONE} when there is none
 */
public record Incoming(RawArticle raw, Hints hints) {
    public Incoming {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(hints, "hints");
    }

    public Incoming(RawArticle raw) {
        this(raw, Hints.NONE);
    }
}
