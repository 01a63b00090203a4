package org.techmil.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.techmil.serve.BearerToken;
import org.techmil.serve.ServerSettings;
import org.techmil.serve.SparqlServer;
import org.techmil.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serve the store as a read-only SPARQL endpoint, with a page to explore it in a browser.",
        description = {
                "Apache Jena Fuseki (embedded) answers SPARQL 1.1 queries at /sparql (GET and POST;",
                "JSON, XML, CSV or TSV results by the Accept header) over the union of all article graphs.",
                "A query running longer than --timeout is stopped; a result over --max-rows rows (SELECT)",
                "or triples (CONSTRUCT, DESCRIBE) is refused with a message, never cut silently.",
                "Nothing writes unless --allow-updates is given with a token (--token-file, or the",
                "environment variable TECHMIL_SERVE_TOKEN): then /update takes SPARQL Update and /data the",
                "Graph Store Protocol, each only with 'Authorization: Bearer TOKEN', each in one transaction.",
                "The page at / searches an entity, draws its neighbourhood (Cytoscape.js, served from the",
                "jar: no internet needed) and shows each claim behind an edge with its quote, claimant,",
                "source article and confidence. Each request is logged in one line (time, client, method,",
                "path without query string, status, milliseconds) to stderr or --log.",
                "It listens on 127.0.0.1 only, unless --host says otherwise. Ctrl-C stops it."},
        footerHeading = "%nExamples:%n",
        footer = {"  techmil serve                      then open http://127.0.0.1:3030/",
                "  techmil serve --port 8080 --timeout 10 --max-rows 1000 --log serve.log",
                "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 5' \\",
                "       http://127.0.0.1:3030/sparql",
                "  openssl rand -hex 32 > token && chmod 600 token",
                "  techmil serve --allow-updates --token-file token",
                "  curl -H \"Authorization: Bearer $(cat token)\" -H 'Content-Type: application/sparql-update' \\",
                "       --data 'INSERT DATA { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:b> \"c\" } }' \\",
                "       http://127.0.0.1:3030/update"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped (Ctrl-C)",
                "2:missing store, port in use, bad arguments, or --allow-updates without a token"})
final class ServeCommand implements Callable<Integer> {
    /** The environment variable that may carry the update token. */
    static final String TOKEN_ENV = "TECHMIL_SERVE_TOKEN";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "3030",
            description = "port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.LOOPBACK,
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "stop a query that runs longer (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "refuse a result with more rows (SELECT) or triples (CONSTRUCT, DESCRIBE) (default: ${DEFAULT-VALUE})")
    int maxRows;

    @Option(names = "--allow-updates",
            description = "serve SPARQL Update at /update and Graph Store writes at /data, to clients with the token")
    boolean allowUpdates;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "file holding the bearer token for --allow-updates (else $" + TOKEN_ENV + ")")
    Path tokenFile;

    @Option(names = "--log", paramLabel = "FILE", description = "append request lines to FILE (default: stderr)")
    Path log;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        ServerSettings settings = settings();
        quietLibraryLogs();
        Store s = Store.open(store.store, false);
        SparqlServer server;
        try {
            server = SparqlServer.start(s, settings);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
        }, "techmil-serve-stop"));
        if (!SparqlServer.isLoopback(host))
            err.println("techmil: warning: listening on " + host + ", not loopback: anyone who can reach port "
                    + server.port() + " can query the whole store" + (allowUpdates ? " (writes need the token)" : ""));
        err.println("techmil: serving " + store.store + " at " + server.pageUri() + " (SPARQL endpoint: "
                + server.endpointUri() + (allowUpdates ? ", updates at " + server.updateUri() + " and "
                        + server.dataUri() + " with the token" : ", read-only")
                + "); Ctrl-C stops");
        err.flush();
        server.join();
        return ExitCodes.OK;
    }

    /** Every option checked, and the token read, before the store is opened. */
    private ServerSettings settings() {
        if (tokenFile != null && !allowUpdates)
            throw new ParameterException(spec.commandLine(), "--token-file is only for --allow-updates");
        ServerSettings settings;
        try {
            settings = ServerSettings.defaults().withHost(host).withPort(port)
                    .withTimeoutMillis(Math.max(1, Math.round(timeoutSeconds * 1000))).withMaxRows(maxRows);
            if (log != null)
                settings = settings.withRequestLog(log);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!allowUpdates)
            return settings;
        String secret;
        String from;
        if (tokenFile != null) {
            from = "--token-file " + tokenFile;
            try {
                secret = Files.readString(tokenFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read --token-file " + tokenFile + ": " + e);
            }
        } else {
            from = "$" + TOKEN_ENV;
            secret = System.getenv(TOKEN_ENV);
            if (secret == null || secret.isBlank())
                throw new ParameterException(spec.commandLine(), "--allow-updates needs a token: --token-file FILE or $"
                        + TOKEN_ENV + " (e.g. openssl rand -hex 32 > token)");
        }
        try {
            return settings.withUpdates(BearerToken.of(secret));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "bad token in " + from + ": " + e.getMessage());
        }
    }

    /**
     * The request log is the one line per request; Jetty's and Fuseki's own INFO lines (which carry query strings)
     * are turned down, unless already configured or TECHMIL_STACKTRACE asks for detail.
     */
    private static void quietLibraryLogs() {
        boolean detail = System.getenv("TECHMIL_STACKTRACE") != null;
        String[][] levels = {{"org.eclipse.jetty", "warn"}, {"org.apache.jena.fuseki", detail ? "warn" : "error"}};
        for (String[] l : levels)
            if (System.getProperty("org.slf4j.simpleLogger.log." + l[0]) == null)
                System.setProperty("org.slf4j.simpleLogger.log." + l[0], l[1]);
    }
}
