package org.techmil.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.techmil.ingest.Inputs;
import org.techmil.pipeline.BuildSummary;
import org.techmil.pipeline.Builder;
import org.techmil.pipeline.GraphSink;
import org.techmil.pipeline.Pipeline;
import org.techmil.pipeline.TdbSink;
import org.techmil.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        header = "Clean, extract and load articles into a TDB2 store.",
        description = {"Each input (folders are walked recursively) is read as an HTML page or a text scrape, cleaned, its entities and claims extracted, and written as one named graph: building an article again replaces its graph, and a bad input is reported on one line while the rest load. The ontology is loaded into the graph <https://w3id.org/techmil/graph/ontology>.",
                "",
                "Inputs may be article files (.html, .txt, and their .gz forms), WARC files (.warc, .warc.gz: every HTML response, named by its target URI) and JSON lines (.jsonl: {\"url\" or \"source\", \"html\" or \"text\", optional \"title\", \"date\", \"author\"}); all are streamed.",
                "",
                "Articles are cleaned and extracted on all cores and written in batches, one transaction per batch: a kill loses at most the batch in hand, never part of an article. An article whose content hash (tm:contentHash) the store already holds is skipped; --rebuild builds it anyway. Progress with rate and time to go goes to stderr every 2 s."},
        footerHeading = "%nExamples:%n",
        footer = {"  techmil build examples/",
                "  techmil build --store /data/tm-store news/2025/ news/2026/extra.html",
                "  techmil build --batch-articles 5000 CC-NEWS-20250301.warc.gz",
                "  techmil build --endpoint http://localhost:3030/tm articles.jsonl"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, "1:some inputs failed (each named on stderr); the others were loaded",
                ExitCodes.LIST_ERROR, ExitCodes.LIST_INTERRUPTED})
final class BuildCommand implements Callable<Integer> {
    /** Articles per SPARQL Update request when --endpoint is used and --batch-articles is not: keeps requests to a few MB. */
    static final int REMOTE_BATCH_ARTICLES = 100;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--extractor", paramLabel = "DIR",
            description = "folder with gazetteer.jsonl, lexicon.json and frames.json to use instead of the bundled ones")
    Path extractor;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "workers that clean and extract (default: one per core, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch-articles", paramLabel = "N", defaultValue = "5000",
            description = "articles per write transaction (default: ${DEFAULT-VALUE}); fewer, larger commits build faster and keep the store smaller, a kill loses at most one batch")
    int batchArticles;

    @Option(names = "--batch-quads", paramLabel = "N", defaultValue = "1000000",
            description = "commit a batch early once it holds this many quads (default: ${DEFAULT-VALUE})")
    long batchQuads;

    @Option(names = "--rebuild", description = "build every input, even those whose content hash the store already holds")
    boolean rebuild;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "write into this SPARQL 1.1 store instead of --store: its update endpoint, or a Fuseki dataset URL such as http://host:3030/tm; one SPARQL Update request per batch (default batch here: 100 articles)")
    String endpoint;

    @Option(names = "--query-endpoint", paramLabel = "URL",
            description = "with --endpoint: the SPARQL query endpoint, used to find the articles already there (default: the --endpoint URL)")
    String queryEndpoint;

    @Option(names = "--compact", description = "after the build, compact the TDB2 store: drops the space that earlier versions of replaced graphs and committed batches still hold")
    boolean compact;

    @Option(names = "--stats", description = "after the summary, print a line with the time spent in each stage and the peak heap")
    boolean stats;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "article files, WARC files, JSON-lines files or folders of them")
    List<Path> inputs;

    /** The local store being built, if any: the story graph is rebuilt there after the build (not for --endpoint). */
    private Store local;

    @Override
    public Integer call() throws Exception {
        List<Path> files = Inputs.expand(inputs);
        var err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            err.println("techmil: no files found in " + inputs);
            return ExitCodes.PARTIAL;
        }
        boolean batchGiven = spec.commandLine().getParseResult() != null
                && spec.commandLine().getParseResult().hasMatchedOption("--batch-articles");
        int perBatch = endpoint != null && !batchGiven ? REMOTE_BATCH_ARTICLES : batchArticles;
        Builder.Options options = new Builder.Options(threads, perBatch, batchQuads, rebuild);
        Pipeline pipeline = Pipeline.create(extractor);
        if (endpoint != null) {
            try (GraphSink sink = RemoteStores.sink(endpoint, queryEndpoint)) {
                return run(new Builder(pipeline, err, options), sink, files, endpoint);
            }
        }
        try (Store s = Store.open(store.store, true)) {
            local = s;
            int code = run(new Builder(pipeline, err, options), new TdbSink(s), files, store.store.toString());
            if (compact && code != ExitCodes.INTERRUPTED) {
                long t0 = System.nanoTime();
                TdbSink.compact(s);
                err.printf(java.util.Locale.ROOT, "compacted %s in %.1f s%n", store.store, (System.nanoTime() - t0) / 1e9);
                err.flush();
            }
            if (code != ExitCodes.INTERRUPTED && code != ExitCodes.ERROR)
                org.techmil.store.Statistics.write(s); // after compaction: TDB2 reads them from the current Data-NNNN
            return code;
        }
    }

    private int run(Builder builder, GraphSink sink, List<Path> files, String where) {
        return StopHook.run(builder::requestStop, () -> runAndReport(builder, sink, files, where));
    }

    private int runAndReport(Builder builder, GraphSink sink, List<Path> files, String where) {
        var err = spec.commandLine().getErr();
        BuildSummary summary = builder.build(sink, files);
        DerivedGraphs.Result derived = local == null || summary.interrupted()
                ? new DerivedGraphs.Result("", false, 0) : DerivedGraphs.rebuild(local, extractor);
        String stories = derived.line();
        boolean storiesFailed = derived.failed();
        double storiesSeconds = derived.seconds();
        err.println(summary.line() + " into " + where + stories);
        if (stats && builder.stats() != null)
            err.println(builder.stats().line(summary.articles())
                    + String.format(java.util.Locale.ROOT, "; story graph %.1f s wall", storiesSeconds));
        err.flush();
        if (summary.interrupted())
            return ExitCodes.INTERRUPTED;
        if (storiesFailed)
            return ExitCodes.ERROR;
        return summary.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
