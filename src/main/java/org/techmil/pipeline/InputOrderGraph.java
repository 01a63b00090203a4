package org.techmil.pipeline;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A small in-memory graph that gives its triples back in the order they were added, without duplicates: one
 * article's graph as read by {@link QuadLoader}. Lookups scan every triple, which suits graphs of a few hundred.
 */
final class InputOrderGraph extends GraphBase {
    private final Set<Triple> triples = new LinkedHashSet<>();

    @Override
    public void performAdd(Triple t) {
        triples.add(t);
    }

    @Override
    public void performDelete(Triple t) {
        triples.remove(t);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple match) {
        return WrappedIterator.create(triples.iterator()).filterKeep(match::matches);
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }
}
