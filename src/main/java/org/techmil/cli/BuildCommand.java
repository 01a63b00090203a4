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

    @Option(names = "--batch-articles", paramLabel = "N", defaultValue = "1000",
            description = "articles per write transaction (default: ${DEFAULT-VALUE})")
    int batchArticles;

    @Option(names = "--batch-quads", paramLabel = "N", defaultValue = "500000",
            description = "commit a batch early once it holds this many quads (default: ${DEFAULT-VALUE})")
    long batchQuads;

    @Option(names = "--rebuild", description = "build every input, even those whose content hash the store already holds")
    boolean rebuild;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "write into this SPARQL 1.1 store (a Fuseki dataset URL such as http://host:3030/tm, or the update endpoint) instead of --store; see --query-endpoint")
    String endpoint;

    @Option(names = "--query-endpoint", paramLabel = "URL",
            description = "with --endpoint: the SPARQL query endpoint, used to find articles already there (default: URL/query for a Fuseki dataset URL, else URL)")
    String queryEndpoint;

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
        Builder.Options options = new Builder.Options(threads, batchArticles, batchQuads, rebuild);
        Pipeline pipeline = Pipeline.create(extractor);
        if (endpoint != null) {
            try (GraphSink sink = RemoteStores.sink(endpoint, queryEndpoint)) {
                return run(new Builder(pipeline, err, options), sink, files, endpoint);
            }
        }
        try (Store s = Store.open(store.store, true)) {
            local = s;
            return run(new Builder(pipeline, err, options), new TdbSink(s), files, store.store.toString());
        }
    }

    private int run(Builder builder, GraphSink sink, List<Path> files, String where) {
        var err = spec.commandLine().getErr();
        Thread hook = new Thread(builder::requestStop, "techmil-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        BuildSummary summary;
        try {
            summary = builder.build(sink, files);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping; the hook is running
            }
        }
        String stories = local == null || summary.interrupted() ? ""
                : "; " + org.techmil.story.Stories.rebuild(local, extractor).line();
        err.println(summary.line() + " into " + where + stories);
        err.flush();
        if (summary.interrupted())
            return ExitCodes.INTERRUPTED;
        return summary.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
