package org.techmil.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.techmil.store.QueryFormat;
import org.techmil.store.QueryParameters;
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
        description = {"QUERY is a .rq file, or the name of a curated query from queries/ (list them with --list). SELECT and ASK print as a text table, csv, tsv, json or xml (W3C result formats); CONSTRUCT and DESCRIBE as turtle, ntriples or jsonld.",
                "",
                "A query takes the parameters its comment header declares (lines '# param NAME (text|date|integer) what it does'; --list shows them): --param NAME=VALUE binds the query's variable ?NAME to that value, through Jena's query substitution. A parameter left unset keeps the default the query itself gives (its header says which). --limit N caps the rows, replacing the query's own LIMIT.",
                "",
                "The listing queries (those whose header says '# index-rows: N': timeline, why, claims-by-firm, denials, designations-by-body, assertions, stories, contradictions; about-entity for its default name, and accused-but-unlisted) keep their first N rows (1000) in the index graph, computed by the last build, import-list, link or index. Run without --param and with a LIMIT of at most N, such a query (or any copy of its text) is answered from those rows, the same rows in the same order, instead of sorting every claim of the store; with --param, a larger --limit, an edited query, or --full, the query itself runs."},
        footerHeading = "%nExamples:%n",
        footer = {"  techmil query top-accused-firms",
                "  techmil query --format csv queries/claims-by-firm.rq -o claims.csv",
                "  techmil query about-entity --param name=Huawei",
                "  techmil query timeline --param since=2025-01-01 --param until=2025-03-31 --limit 50",
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

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "bind the query parameter NAME (declared in its header) to VALUE; repeatable")
    List<String> params = new ArrayList<>();

    @Option(names = "--limit", paramLabel = "N", description = "return at most N rows (replaces the query's own LIMIT)")
    Long limit;

    @Option(names = "--full", description = "run the query itself even when the index graph keeps its first rows")
    boolean full;

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

    private static final String INDEX_GRAPH = org.techmil.index.IndexTerms.GRAPH.getURI();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (what.list) {
            for (String[] q : CuratedQueries.list())
                out.printf("%-22s %s%s%n", q[0], q[1], q[2].isEmpty() ? "" : " [--param " + q[2] + "]");
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
        Binding parameters = parameters(text, source);
        if (limit != null) {
            if (limit < 1)
                throw new IllegalArgumentException("--limit must be at least 1: " + limit);
            query.setLimit(limit);
        }
        QueryFormat f = QueryFormat.parse(format);
        if (f == QueryFormat.TEXT && (query.isConstructType() || query.isDescribeType()))
            f = QueryFormat.TURTLE;
        try (Store s = Store.open(store.store, false)) {
            if (text.contains(INDEX_GRAPH) && !s.read(ds -> ds.containsNamedModel(INDEX_GRAPH)))
                spec.commandLine().getErr().println("techmil: warning: the store has no index graph (built by an older techmil?),"
                        + " so this query finds no entities; run: techmil index --store " + store.store);
            QueryRunner runner = new QueryRunner(s, timeoutSeconds * 1000,
                    full ? QueryRunner.Precomputed.NONE : org.techmil.index.ListingPages::rows);
            if (output != null) {
                try (OutputStream os = Files.newOutputStream(output)) {
                    long n = runner.run(query, parameters, f, os);
                    spec.commandLine().getErr().println(n + " results written to " + output);
                }
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                runner.run(query, parameters, f, bytes);
                out.print(bytes.toString(StandardCharsets.UTF_8));
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    /** The --param values, checked against what the query declares, as the binding to substitute. */
    private Binding parameters(String text, String source) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String p : params) {
            var kv = QueryParameters.split(p);
            if (given.put(kv.getKey(), kv.getValue()) != null)
                throw new IllegalArgumentException("--param " + kv.getKey() + " given twice");
        }
        return QueryParameters.declaredIn(text, source).bind(given);
    }
}
