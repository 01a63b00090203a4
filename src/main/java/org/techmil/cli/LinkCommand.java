package org.techmil.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.techmil.extract.KnowledgeBase;
import org.techmil.link.EntityIndex;
import org.techmil.link.WikidataClient;
import org.techmil.link.WikidataLinker;
import org.techmil.store.Store;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "link", mixinStandardHelpOptions = true,
        header = "Link the graph with external datasets (Wikidata).",
        description = {"Subcommands write to named graphs of their own, which rebuilding articles never touches."},
        subcommands = {LinkCommand.Wikidata.class},
        footerHeading = "%nExamples:%n",
        footer = {"  techmil link wikidata", "  techmil link wikidata --store /data/tm-store --endpoint http://localhost:3030/wd/sparql"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_ERROR})
final class LinkCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to link with: wikidata");
    }

    @Command(name = "wikidata", mixinStandardHelpOptions = true,
            header = "Reconcile entities with Wikidata by name and fetch country, parent, industry, headquarters and website.",
            description = {
                    "Entities of the store (people excepted) that have no owl:sameAs wd:Q... are looked up by label and",
                    "other names; the best candidate is linked when its score reaches --threshold and no other candidate",
                    "comes close. Linked entities are then enriched with their country (P17), parent organisation",
                    "(P749), industry (P452), headquarters (P159) and official website (P856). Everything goes to the",
                    "named graph <https://w3id.org/techmil/graph/wikidata>, which says which endpoint it came from and",
                    "when. Network failures and rate limits (429, 503 ...) are retried with backoff, honouring",
                    "Retry-After; if the endpoint still fails, what was fetched is kept and the run ends with code 1.",
                    "See docs/linking.md."},
            footerHeading = "%nExamples:%n",
            footer = {"  techmil link wikidata",
                    "  techmil link wikidata --store /data/tm-store --threshold 0.9",
                    "  techmil link wikidata --endpoint http://localhost:3030/wikidata/sparql --retries 2"},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:success",
                    "1:partial: the endpoint failed after all retries; what was fetched is kept",
                    ExitCodes.LIST_ERROR})
    static final class Wikidata implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Option(names = {"-e", "--endpoint"}, paramLabel = "URL", defaultValue = WikidataClient.DEFAULT_ENDPOINT,
                description = "SPARQL endpoint (default: ${DEFAULT-VALUE})")
        String endpoint;

        @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "0.8",
                description = "lowest reconciliation score (0..1) that links an entity (default: ${DEFAULT-VALUE})")
        double threshold;

        @Option(names = "--batch", paramLabel = "N", defaultValue = "25",
                description = "entities per query (default: ${DEFAULT-VALUE})")
        int batch;

        @Option(names = "--retries", paramLabel = "N", defaultValue = "4",
                description = "retries of a failed request (default: ${DEFAULT-VALUE})")
        int retries;

        @Option(names = "--backoff-ms", paramLabel = "MS", defaultValue = "2000",
                description = "first wait before a retry, doubled each time, unless Retry-After says (default: ${DEFAULT-VALUE})")
        long backoff;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
                description = "timeout of one request (default: ${DEFAULT-VALUE})")
        long timeout;

        @Option(names = "--extractor", paramLabel = "DIR",
                description = "folder with gazetteer.jsonl (and the other extractor files) instead of the bundled ones")
        Path extractor;

        @Override
        public Integer call() {
            URI uri;
            try {
                uri = URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--endpoint is not a URL: " + endpoint);
            }
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()))
                throw new IllegalArgumentException("--endpoint must be an http or https URL: " + endpoint);
            if (threshold <= 0 || threshold > 1)
                throw new IllegalArgumentException("--threshold must be above 0 and at most 1: " + threshold);
            if (batch < 1 || retries < 0 || backoff < 0 || timeout < 1)
                throw new IllegalArgumentException("--batch and --timeout must be at least 1, --retries and --backoff-ms at least 0");
            PrintWriter err = spec.commandLine().getErr();
            try (Store s = Store.open(store.store, false)) {
                EntityIndex index = EntityIndex.of(KnowledgeBase.load(extractor).gazetteer(), s);
                WikidataClient client = new WikidataClient(endpoint, retries, backoff, timeout);
                WikidataLinker.Summary summary = new WikidataLinker(s, index, client, threshold, batch).run();
                err.println((summary.complete() ? "" : "techmil: ") + summary.line() + " into " + store.store
                        + "; " + org.techmil.index.IndexGraph.rebuild(s).line());
                org.techmil.store.Statistics.write(s);
                err.flush();
                return summary.complete() ? ExitCodes.OK : ExitCodes.PARTIAL;
            }
        }
    }
}
