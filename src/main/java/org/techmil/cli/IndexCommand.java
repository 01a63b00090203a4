package org.techmil.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.techmil.index.IndexGraph;
import org.techmil.store.Statistics;
import org.techmil.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "index", mixinStandardHelpOptions = true,
        header = "Rebuild the index graph (each entity once: label, types, other names, counts; the listings' first rows) and TDB2's statistics.",
        description = {
                "The index graph <https://w3id.org/techmil/graph/index> summarises every entity of the store once; the",
                "curated queries find, rank and label entities there. build, import-list and link rebuild it after their",
                "writes; run this on a store written by a techmil from before the index graph, or after loading graphs",
                "into the store by other means (tdb2.tdbloader, SPARQL Update). The same transaction keeps the first",
                "rows of the listing queries (headers with '# index-rows: N'), which techmil query answers from when",
                "they run without parameters (see queries/README.md). It also rewrites stats.opt, the",
                "statistics TDB2 orders query patterns by (see docs/benchmarks.md)."},
        footerHeading = "%nExamples:%n",
        footer = {"  techmil index", "  techmil index --store /data/tm-store"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, "2:error: no store, or the store is locked or unwritable"})
final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = Store.open(store.store, false)) {
            long t0 = System.nanoTime();
            IndexGraph.Summary summary = IndexGraph.rebuild(s);
            Statistics.write(s);
            err.printf(Locale.ROOT, "%s in %s in %.1f s%n", summary.line(), store.store, (System.nanoTime() - t0) / 1e9);
            err.flush();
        }
        return ExitCodes.OK;
    }
}
