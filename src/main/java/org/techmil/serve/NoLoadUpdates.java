package org.techmil.serve;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.update.UpdateException;

/**
 * ARQ's standard update engine without SPARQL {@code LOAD}, for datasets whose context sets {@link #SYMBOL}. Left in,
 * {@code LOAD <file:///...>} would read any file the server can read into the store (and its parse errors quote the
 * file), and {@code LOAD <http://...>} would make the server fetch from wherever it can reach. Data comes in through
 * {@code techmil build} and {@code import-list}, or over HTTP in the body of a Graph Store Protocol request.
 * Registered with ARQ's {@link UpdateEngineRegistry}, which Fuseki's update operation consults.
 */
final class NoLoadUpdates implements UpdateEngineFactory {
    /** Context flag: when true, the dataset's updates may not LOAD. */
    static final Symbol SYMBOL = Symbol.create("urn:techmil:serve:noLoad");

    private static final NoLoadUpdates FACTORY = new NoLoadUpdates();

    private NoLoadUpdates() {
    }

    /** Registers the engine once; it only takes datasets that ask for it. */
    static synchronized void register() {
        if (!UpdateEngineRegistry.containsFactory(FACTORY))
            UpdateEngineRegistry.addFactory(FACTORY);
    }

    @Override
    public boolean accept(DatasetGraph dsg, Context context) {
        return context != null && context.isTrue(SYMBOL);
    }

    @Override
    public UpdateEngine create(DatasetGraph dsg, Context context) {
        return new UpdateEngineMain(dsg, context) {
            @Override
            protected UpdateVisitor prepareWorker() {
                return new UpdateEngineWorker(datasetGraph, context) {
                    @Override
                    public void visit(UpdateLoad load) {
                        throw new UpdateException("LOAD is not allowed on this server: send the data in the body of a "
                                + "Graph Store Protocol request to /data, or load files with techmil build");
                    }
                };
            }
        };
    }
}
