package org.techmil.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.techmil.ingest.Inputs;
import org.techmil.pipeline.BuildSummary;
import org.techmil.pipeline.Builder;
import org.techmil.pipeline.Pipeline;
import org.techmil.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        header = "Clean, extract and load articles into a TDB2 store.",
        description = "Each input file (folders are walked recursively) is read as an HTML page or a text scrape, cleaned, its entities and claims extracted, and written as one named graph in its own transaction: building an article again replaces its graph, and a bad input is reported on one line while the rest load. The ontology is loaded into the graph <https://w3id.org/techmil/graph/ontology>.",
        footerHeading = "%nExamples:%n",
        footer = {"  techmil build examples/",
                "  techmil build --store /data/tm-store news/2025/ news/2026/extra.html"},
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

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "article files or folders of them")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        List<Path> files = Inputs.expand(inputs);
        var err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            err.println("techmil: no files found in " + inputs);
            return ExitCodes.PARTIAL;
        }
        Pipeline pipeline = Pipeline.create(extractor);
        try (Store s = Store.open(store.store, true)) {
            Builder builder = new Builder(pipeline, err);
            Thread hook = new Thread(builder::requestStop, "techmil-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            BuildSummary summary;
            try {
                summary = builder.build(s, files);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already stopping; the hook is running
                }
            }
            err.println(summary.line() + " into " + store.store);
            err.flush();
            if (summary.interrupted())
                return ExitCodes.INTERRUPTED;
            return summary.failed() > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        }
    }
}
