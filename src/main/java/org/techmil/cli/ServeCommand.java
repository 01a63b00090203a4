package org.techmil.cli;

import java.util.concurrent.Callable;

import org.techmil.serve.SparqlServer;
import org.techmil.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Serve the store as a read-only SPARQL endpoint, with a page to explore it in a browser.",
        description = {
                "Apache Jena Fuseki (embedded) answers SPARQL 1.1 queries at /sparql (GET and POST;",
                "JSON, XML, CSV or TSV results by the Accept header) over the union of all article graphs.",
                "Updates and Graph Store writes are refused; a query running longer than --timeout is",
                "stopped. The page at / searches an entity, draws its neighbourhood (Cytoscape.js, served",
                "from the jar: no internet needed) and shows each claim behind an edge with its quote,",
                "claimant, source article and confidence.",
                "It listens on 127.0.0.1 only, unless --host says otherwise. Ctrl-C stops it."},
        footerHeading = "%nExamples:%n",
        footer = {"  techmil serve                      then open http://127.0.0.1:3030/",
                "  techmil serve --port 8080 --timeout 10",
                "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 5' \\",
                "       http://127.0.0.1:3030/sparql"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped (Ctrl-C)", "2:missing store, port in use, or bad arguments"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "3030",
            description = "port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "stop a query that runs longer (default: ${DEFAULT-VALUE})")
    double timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        if (System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty") == null)
            System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        Store s = Store.open(store.store, false);
        SparqlServer server;
        try {
            server = SparqlServer.start(s, host, port, Math.max(1, Math.round(timeoutSeconds * 1000)));
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
        }, "techmil-serve-stop"));
        var err = spec.commandLine().getErr();
        err.println("techmil: serving " + store.store + " at " + server.pageUri() + " (SPARQL endpoint: "
                + server.endpointUri() + ", read-only); Ctrl-C stops");
        err.flush();
        server.join();
        return ExitCodes.OK;
    }
}
