package org.techmil.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.techmil.store.QueryFormat;
import org.techmil.store.QueryRunner;
import org.techmil.store.Store;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", mixinStandardHelpOptions = true,
        header = "Run a SPARQL 1.1 query over the store (all article graphs as one default graph).",
        description = "QUERY is a .rq file, or the name of a curated query from queries/ (list them with --list). SELECT and ASK print as a text table, csv, tsv, json or xml (W3C result formats); CONSTRUCT and DESCRIBE as turtle, ntriples or jsonld.",
        footerHeading = "%nExamples:%n",
        footer = {"  techmil query top-accused-firms",
                "  techmil query --format csv queries/claims-by-firm.rq -o claims.csv",
                "  techmil query -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'",
                "  techmil query --list"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, "2:bad query (line and column given), missing store, or timeout"})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, csv, tsv, json, xml for SELECT/ASK; turtle, ntriples, jsonld for CONSTRUCT/DESCRIBE (default: ${DEFAULT-VALUE}; turtle for graphs)")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write results here instead of stdout")
    Path output;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "stop a query that runs longer (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Parameters(paramLabel = "QUERY", description = "a .rq file or the name of a curated query")
        String query;

        @Option(names = {"-e", "--execute"}, paramLabel = "SPARQL", description = "query text given on the command line")
        String inline;

        @Option(names = "--list", description = "list the curated queries and what each answers")
        boolean list;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (what.list) {
            for (String[] q : CuratedQueries.list())
                out.printf("%-22s %s%n", q[0], q[1]);
            out.flush();
            return ExitCodes.OK;
        }
        String source;
        String text;
        if (what.inline != null) {
            source = "query";
            text = what.inline;
        } else {
            Path file = Path.of(what.query);
            source = what.query;
            if (Files.isRegularFile(file)) {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } else {
                text = CuratedQueries.text(what.query);
                if (text == null)
                    throw new IllegalArgumentException(what.query + ": no such query file, nor a curated query of that name (see: techmil query --list)");
            }
        }
        Query query = QueryRunner.parse(text, source);
        QueryFormat f = QueryFormat.parse(format);
        if (f == QueryFormat.TEXT && (query.isConstructType() || query.isDescribeType()))
            f = QueryFormat.TURTLE;
        try (Store s = Store.open(store.store, false)) {
            QueryRunner runner = new QueryRunner(s, timeoutSeconds * 1000);
            if (output != null) {
                try (OutputStream os = Files.newOutputStream(output)) {
                    long n = runner.run(query, f, os);
                    spec.commandLine().getErr().println(n + " results written to " + output);
                }
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                runner.run(query, f, bytes);
                out.print(bytes.toString(StandardCharsets.UTF_8));
                out.flush();
            }
        }
        return ExitCodes.OK;
    }
}
