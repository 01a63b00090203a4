package org.techmil.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
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
        description = "Runs clean and extract on each input and prints the result: one line per claim (claims), or each article's named graph as N-Quads or TriG, ready for any RDF store.",
        footerHeading = "%nExamples:%n",
        footer = {"  techmil extract examples/03-pentagon-list-tencent-catl.txt",
                "  techmil extract --format nquads examples/ > examples.nq"},
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

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> all = InputSource.expand(inputs);
        Pipeline pipeline = Pipeline.create(extractor);
        int failed = 0;
        for (String input : all) {
            try {
                Pipeline.Result r = pipeline.process(InputSource.read(input));
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
                    case nquads, trig -> {
                        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                        dsg.addGraph(r.graphName(), r.graph());
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        RDFDataMgr.write(bytes, dsg, format == Format.trig ? Lang.TRIG : Lang.NQUADS);
                        out.print(bytes.toString(StandardCharsets.UTF_8));
                    }
                }
            } catch (InputException e) {
                failed++;
                err.println("techmil: " + e.getMessage());
            }
            out.flush();
        }
        err.flush();
        return failed > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
