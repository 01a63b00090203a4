package org.techmil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.techmil.pipeline.QuadLoader;
import org.techmil.pipeline.TdbSink;
import org.techmil.store.Statistics;
import org.techmil.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "load", mixinStandardHelpOptions = true,
        header = "Load N-Quads or TriG files (techmil extract's or the Spark job's output) into a TDB2 store.",
        description = {"Reads N-Quads and TriG files, plain or gzipped (.nq, .nquads, .trig, .nq.gz ...), and folders of them (walked recursively; Spark's part-NNNNN files are read as N-Quads), streamed with Apache Jena RIOT, and writes each named graph into the store as build does: a graph replaces the store's graph of that name whole, and one whose content hash (tm:contentHash) the store already holds is skipped (--reload loads it anyway). The ontology goes into <https://w3id.org/techmil/graph/ontology>; afterwards the story graph, the index graph and TDB2's statistics are rebuilt, as after build.",
                "",
                "Graphs are written in batches, one write transaction per batch: a failure or a kill loses at most the batch in hand, never part of a graph. A file that does not parse is named on one line with the line and column of the error, and the other files still load (the graphs before the error are loaded, each whole). Triples in the default graph are not loaded. Progress with rate and time to go goes to stderr every 2 s."},
        footerHeading = "%nExamples:%n",
        footer = {"  techmil extract --format nquads news/ > news.nq && techmil load news.nq",
                "  techmil load --store /data/tm-store quads/            (a folder of .nq.gz files, or Spark's output folder)",
                "  techmil load part-00000 part-00001.nq.gz extra.trig"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, "1:some inputs failed (each named on stderr); the others were loaded",
                ExitCodes.LIST_ERROR, "130:interrupted (Ctrl-C): the graphs read so far were committed"})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--batch-graphs", paramLabel = "N", defaultValue = "5000",
            description = "graphs per write transaction (default: ${DEFAULT-VALUE})")
    int batchGraphs;

    @Option(names = "--batch-quads", paramLabel = "N", defaultValue = "1000000",
            description = "commit a batch early once it holds this many quads (default: ${DEFAULT-VALUE})")
    long batchQuads;

    @Option(names = "--reload", description = "load every graph, even those whose content hash the store already holds")
    boolean reload;

    @Option(names = "--extractor", paramLabel = "DIR",
            description = "folder whose sources.json the story step uses instead of the bundled one (as build --extractor)")
    Path extractor;

    @Option(names = "--compact", description = "after the load, compact the TDB2 store: drops the space that replaced graphs and committed batches still hold (as build --compact)")
    boolean compact;

    @Option(names = "--stats", description = "after the summary, print a line with the writer's time and the peak heap")
    boolean stats;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "N-Quads or TriG files (optionally .gz), or folders of them")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = QuadLoader.expand(inputs);
        if (files.isEmpty()) {
            err.println("techmil: no N-Quads or TriG files found in " + inputs);
            return ExitCodes.PARTIAL;
        }
        // every input is checked before any work starts; the ones that cannot be read are named and left out
        List<Path> readable = new ArrayList<>();
        int unusable = 0;
        for (Path f : files) {
            String problem = QuadLoader.problem(f);
            if (problem == null) {
                readable.add(f);
            } else {
                err.println("techmil: " + f + ": " + problem);
                unusable++;
            }
        }
        err.flush();
        QuadLoader loader = new QuadLoader(err, new QuadLoader.Options(batchGraphs, batchQuads, reload));
        int failedBefore = unusable;
        try (Store s = Store.open(store.store, true)) {
            return StopHook.run(loader::requestStop, () -> loadAndReport(loader, s, readable, failedBefore));
        }
    }

    private int loadAndReport(QuadLoader loader, Store s, List<Path> files, int failedBefore) {
        PrintWriter err = spec.commandLine().getErr();
        QuadLoader.Summary summary = loader.load(new TdbSink(s), files);
        DerivedGraphs.Result derived = summary.interrupted() ? new DerivedGraphs.Result("", false, 0)
                : DerivedGraphs.rebuild(s, extractor);
        if (compact && !summary.interrupted()) {
            long t0 = System.nanoTime();
            TdbSink.compact(s);
            err.printf(Locale.ROOT, "compacted %s in %.1f s%n", store.store, (System.nanoTime() - t0) / 1e9);
        }
        if (!summary.interrupted() && !derived.failed())
            Statistics.write(s); // after compaction: TDB2 reads them from the current Data-NNNN
        int failed = summary.failed() + failedBefore;
        QuadLoader.Summary all = new QuadLoader.Summary(summary.graphs(), summary.unchanged(), summary.quads(), failed,
                summary.seconds(), summary.interrupted());
        err.println(all.line() + " into " + store.store + derived.line());
        if (stats && loader.stats() != null)
            err.println(loader.stats().line(summary.quads())
                    + String.format(Locale.ROOT, "; story and index graphs %.1f s wall", derived.seconds()));
        err.flush();
        if (summary.interrupted())
            return ExitCodes.INTERRUPTED;
        if (derived.failed())
            return ExitCodes.ERROR;
        return failed > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
