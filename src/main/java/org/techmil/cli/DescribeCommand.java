package org.techmil.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.techmil.link.VoidDescription;
import org.techmil.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "describe", mixinStandardHelpOptions = true,
        header = "Describe the built dataset in VoID: counts per class and property, sources, build date.",
        description = {
                "Writes a VoID (Vocabulary of Interlinked Datasets) description of the store: the number of triples,",
                "entities, distinct subjects and objects; instances per class (void:classPartition) and triples per",
                "property (void:propertyPartition) over all graphs; one void:subset per source (the articles, each",
                "imported list version with its title, publisher and date, the Wikidata graph with its endpoint, the",
                "ontology); and dcterms:modified, the last time the store changed."},
        footerHeading = "%nExamples:%n",
        footer = {"  techmil describe", "  techmil describe --store /data/tm-store -f jsonld -o void.jsonld"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_ERROR})
final class DescribeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "turtle",
            description = "turtle, ntriples or jsonld (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of stdout")
    Path output;

    @Override
    public Integer call() throws Exception {
        Lang lang = switch (format) {
            case "turtle", "ttl" -> Lang.TURTLE;
            case "ntriples", "nt" -> Lang.NTRIPLES;
            case "jsonld" -> Lang.JSONLD;
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; use turtle, ntriples or jsonld");
        };
        Graph g;
        try (Store s = Store.open(store.store, false)) {
            g = VoidDescription.of(s);
        }
        if (output != null) {
            try (OutputStream out = Files.newOutputStream(output)) {
                RDFDataMgr.write(out, g, lang);
            }
        } else {
            java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
            RDFDataMgr.write(buf, g, lang);
            PrintWriter out = spec.commandLine().getOut();
            out.print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("described " + store.store + " in " + g.size() + " triples");
        err.flush();
        return ExitCodes.OK;
    }
}
