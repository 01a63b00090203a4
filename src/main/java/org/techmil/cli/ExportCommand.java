package org.techmil.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.techmil.export.ExportFormat;
import org.techmil.export.Exporter;
import org.techmil.export.ViewFilter;
import org.techmil.extract.ClaimType;
import org.techmil.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write the graph for Gephi, yEd, Cytoscape, Graphviz, Neo4j, or as RDF.",
        description = {
                "Graph formats (gexf, graphml, dot, cyjs, neo4j) show entities as nodes (label, type,",
                "country, Wikidata id, number of claims) and claims as edges, aggregated per (claim type,",
                "subject, object) with count, first and last article date, claimants and sources;",
                "--claims-as-nodes keeps each claim as a node linked to its subject, object and claimant.",
                "Colours and shapes follow entity and claim types.",
                "RDF formats (turtle, trig, nquads, jsonld; written by Jena RIOT) write the store as it is.",
                "neo4j writes a folder (-o DIR): CSV files for neo4j-admin import, a LOAD CSV script.",
                "See docs/export.md."},
        footerHeading = "%nExamples:%n",
        footer = {"  techmil export --format gexf -o techmil.gexf",
                "  techmil export --format dot --entity Microsoft --hops 2 | dot -Tsvg > microsoft.svg",
                "  techmil export -f graphml --type allegation,denial --since 2025-01-01 -o claims.graphml",
                "  techmil export --format neo4j -o neo4j-import/",
                "  techmil export --format trig -o store.trig"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, "2:bad arguments, unknown entity, missing store, or the output cannot be written"})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
            description = "gexf, graphml, dot, cyjs, neo4j, turtle, trig, nquads or jsonld")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write here instead of stdout (a folder for neo4j)")
    Path output;

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE", split = ",",
            description = "keep only claims of these types: allegation, denial, designation, contract, partnership, investigation")
    List<String> types;

    @Option(names = "--since", paramLabel = "DATE", description = "keep claims from articles published on or after DATE (YYYY-MM-DD)")
    String since;

    @Option(names = "--until", paramLabel = "DATE", description = "keep claims from articles published on or before DATE (YYYY-MM-DD)")
    String until;

    @Option(names = {"-e", "--entity"}, paramLabel = "NAME",
            description = "centre on this entity (name, other name, Wikidata id or IRI) and keep its neighbourhood")
    String entity;

    @Option(names = "--hops", paramLabel = "N", defaultValue = "1",
            description = "with --entity: keep entities up to N claims away (default: ${DEFAULT-VALUE})")
    int hops;

    @Option(names = "--claims-as-nodes", description = "keep each claim as a node instead of aggregating claims into edges")
    boolean claimsAsNodes;

    @Override
    public Integer call() throws Exception {
        ExportFormat f = ExportFormat.parse(format);
        ViewFilter filter = new ViewFilter(claimTypes(), date("--since", since), date("--until", until), entity, hops,
                claimsAsNodes);
        if (f.isFolder() && output == null)
            throw new IllegalArgumentException(f.id() + " writes a folder of CSV files; name it with -o DIR");
        if (f.isFolder() && Files.isRegularFile(output))
            throw new IllegalArgumentException(output + " is a file; " + f.id() + " needs a folder");
        if (!f.isFolder() && output != null && Files.isDirectory(output))
            throw new IllegalArgumentException(output + " is a folder; " + f.id() + " writes one file");
        long t0 = System.nanoTime();
        var err = spec.commandLine().getErr();
        Exporter.Summary summary;
        try (Store s = Store.open(store.store, false)) {
            if (f.isFolder()) {
                summary = Exporter.writeFolder(s, f, filter, output);
            } else if (output != null) {
                Path tmp = output.resolveSibling(output.getFileName() + ".part");
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    summary = Exporter.write(s, f, filter, os);
                } catch (Exception e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                OutputStream os = new BufferedOutputStream(System.out);
                var out = spec.commandLine().getOut();
                out.flush();
                summary = Exporter.write(s, f, filter, os);
                os.flush();
            }
        }
        err.printf(Locale.ROOT, "exported %s as %s%s in %.1f s%n", summary.what(), f.id(),
                output == null ? "" : " to " + output, (System.nanoTime() - t0) / 1e9);
        err.flush();
        return ExitCodes.OK;
    }

    private Set<ClaimType> claimTypes() {
        if (types == null || types.isEmpty())
            return Set.of();
        EnumSet<ClaimType> set = EnumSet.noneOf(ClaimType.class);
        for (String t : types) {
            String name = t.strip();
            ClaimType match = null;
            for (ClaimType c : ClaimType.values())
                if (c.localName().equalsIgnoreCase(name) || c.name().equalsIgnoreCase(name))
                    match = c;
            if (match == null)
                throw new IllegalArgumentException("unknown claim type '" + t
                        + "'; choose from allegation, denial, designation, contract, partnership, investigation");
            set.add(match);
        }
        return set;
    }

    private static LocalDate date(String option, String value) {
        if (value == null)
            return null;
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " wants a date as YYYY-MM-DD, not '" + value + "'");
        }
    }
}
