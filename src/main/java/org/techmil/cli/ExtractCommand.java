package org.techmil.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.Quad;
import org.techmil.ingest.ArticleHandler;
import org.techmil.ingest.ArticleReader;
import org.techmil.ingest.Incoming;
import org.techmil.ingest.InputException;
import org.techmil.pipeline.ClaimLines;
import org.techmil.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Print the entities and claims of articles without touching a store.",
        description = "Runs clean and extract on each input and prints the result: one line per claim (claims), or each article's named graph as N-Quads or TriG, ready for any RDF store. Inputs are streamed (WARC, JSON lines and .gz as for build) and cleaned on all cores; the output keeps input order and holds one article in memory at a time, so --format nquads is a pure streaming stage for bulk loaders such as tdb2.tdbloader.",
        footerHeading = "%nExamples:%n",
        footer = {"  techmil extract examples/03-pentagon-list-tencent-catl.txt",
                "  techmil extract --format nquads examples/ > examples.nq",
                "  techmil extract --format nquads CC-NEWS-20250301.warc.gz | gzip > part-0001.nq.gz"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, "1:some inputs failed (each named on stderr)", ExitCodes.LIST_ERROR})
final class ExtractCommand implements Callable<Integer> {
    enum Format { claims, nquads, trig }

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, defaultValue = "claims",
            description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--explain", description = "with each claim, print its rule, confidence, claimant, detail and quotes")
    boolean explain;

    @Option(names = "--mentions", description = "also list every entity mention found (text, entity id, type, how found)")
    boolean mentions;

    @Option(names = "--extractor", paramLabel = "DIR",
            description = "folder with gazetteer.jsonl, lexicon.json and frames.json to use instead of the bundled ones")
    Path extractor;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "article files, folders or http(s) URLs")
    List<String> inputs;

    @Option(names = {"-j", "--threads"}, paramLabel = "N",
            description = "workers that clean and extract; output keeps input order (default: one per core, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> all = InputSource.expand(inputs);
        Pipeline pipeline = Pipeline.create(extractor);
        int[] failed = {0};
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "techmil-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Object>> inFlight = new ArrayDeque<>();
        int window = Math.max(16, threads * 8);
        ArticleHandler handler = new ArticleHandler() {
            @Override
            public boolean article(Incoming in) {
                inFlight.add(workers.submit(() -> {
                    try {
                        return pipeline.process(in);
                    } catch (InputException e) {
                        return e;
                    }
                }));
                while (inFlight.size() > window)
                    print(inFlight.poll(), out, err, failed);
                return true;
            }

            @Override
            public void failed(InputException e) {
                inFlight.add(CompletableFuture.completedFuture(e));
            }
        };
        try {
            for (String input : all) {
                if (InputSource.isUrl(input)) {
                    try {
                        handler.article(new Incoming(InputSource.read(input)));
                    } catch (InputException e) {
                        handler.failed(e);
                    }
                } else {
                    ArticleReader.read(Path.of(input), handler);
                }
            }
            while (!inFlight.isEmpty())
                print(inFlight.poll(), out, err, failed);
        } finally {
            workers.shutdownNow();
        }
        err.flush();
        return failed[0] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /** Prints one article's result, or names it on stderr when it failed; one article in memory at a time. */
    private void print(Future<Object> done, PrintWriter out, PrintWriter err, int[] failed) {
        Object o;
        try {
            o = done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (ExecutionException e) {
            o = e.getCause();
        }
        if (o instanceof Pipeline.Result r) {
            switch (format) {
                case claims -> {
                    out.println("# " + r.article().source() + ": " + r.extraction().entities().size() + " entities, "
                            + r.extraction().claims().size() + " claims");
                    if (explain)
                        Explanation.print(r, out);
                    else
                        ClaimLines.of(r.extraction()).forEach(out::println);
                    if (mentions)
                        Explanation.printMentions(r, out);
                }
                case nquads -> {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    RDFDataMgr.writeQuads(bytes, Iter.map(r.graph().find(), t -> new Quad(r.graphName(), t)));
                    out.print(bytes.toString(StandardCharsets.UTF_8));
                }
                case trig -> {
                    DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                    dsg.addGraph(r.graphName(), r.graph());
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    RDFDataMgr.write(bytes, dsg, Lang.TRIG);
                    out.print(bytes.toString(StandardCharsets.UTF_8));
                }
            }
        } else if (o instanceof InputException e) {
            failed[0]++;
            err.println("techmil: " + e.getMessage());
        } else {
            failed[0]++;
            err.println("techmil: " + o);
        }
        out.flush();
    }
}
