package org.techmil.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.techmil.extract.KnowledgeBase;
import org.techmil.link.EntityIndex;
import org.techmil.link.ListFile;
import org.techmil.link.ListFormat;
import org.techmil.link.ListImporter;
import org.techmil.rdf.Vocab;
import org.techmil.store.Bundled;
import org.techmil.store.Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import-list", mixinStandardHelpOptions = true,
        header = "Import an official designation list (US Consolidated Screening List, OpenSanctions) into the store.",
        description = {
                "Each listed organisation becomes a tm:Designation claim: its subject the listing body (Bureau of",
                "Industry and Security, OFAC, the Department of Defense ...), its object the firm, tm:detail the list,",
                "prov:wasDerivedFrom a dcat:Dataset node for this version of the list. Listed names are matched to",
                "known entities by normalised name and alias (score in tm:matchScore); unmatched names become new",
                "entities. People, vessels and aircraft are skipped and counted. Each version goes to the graph",
                "<https://w3id.org/techmil/graph/list/DATASET/VERSION>; importing a newer version marks designations",
                "it no longer carries with tm:endDate, and never deletes them. Importing the same file again changes",
                "nothing. Formats: csl-csv, csl-json (trade.gov consolidated.csv / .json), ftm (OpenSanctions",
                "entities.ftm.json), os-csv (OpenSanctions targets.simple.csv). See docs/linking.md."},
        footerHeading = "%nExamples:%n",
        footer = {"  techmil import-list --format csl-csv --dataset us-csl --date 2025-01-07 consolidated.csv",
                "  techmil import-list --store /data/tm-store -f ftm --date 2025-03-01 entities.ftm.json",
                "  techmil import-list -f os-csv --dataset us_dod_chinese_milcorps targets.simple.csv"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK,
                "2:error: bad arguments, unusable store, or a malformed list file (named on stderr with its row)"})
final class ImportListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "csl-csv, csl-json, ftm or os-csv")
    String format;

    @Option(names = "--dataset", paramLabel = "ID",
            description = "short id of the list dataset (default: the OpenSanctions dataset the file names; us-csl for the CSL)")
    String dataset;

    @Option(names = "--title", paramLabel = "TEXT", description = "title of the dataset (default: from the format and file)")
    String title;

    @Option(names = "--list-version", paramLabel = "LABEL", description = "version label (default: the version date)")
    String version;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "date the file was issued or downloaded (default: the date the file gives, else its modification date)")
    String date;

    @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "0.85",
            description = "lowest name-match score (0..1) that links a listed name to a known entity (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--extractor", paramLabel = "DIR",
            description = "folder with gazetteer.jsonl (and the other extractor files) instead of the bundled ones")
    Path extractor;

    @Parameters(paramLabel = "FILE", arity = "1", description = "the list file")
    Path file;

    @Override
    public Integer call() throws Exception {
        ListFormat f = ListFormat.of(format);
        if (!Files.isRegularFile(file) || !Files.isReadable(file))
            throw new IllegalArgumentException("cannot read list file " + file);
        if (threshold <= 0 || threshold > 1)
            throw new IllegalArgumentException("--threshold must be above 0 and at most 1: " + threshold);
        LocalDate versionDate = parseDate(date);
        ListFile list = f.read(file);
        if (versionDate == null && list.versionDate() == null)
            versionDate = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        String ds = dataset != null ? dataset : list.datasetId() != null ? list.datasetId()
                : f == ListFormat.CSL_CSV || f == ListFormat.CSL_JSON ? "us-csl" : "opensanctions";
        byte[] content = Files.readAllBytes(file);
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = Store.open(store.store, true)) {
            boolean hasOntology = s.read(d -> d.containsNamedModel(Vocab.ONTOLOGY_GRAPH.getURI()));
            if (!hasOntology)
                s.replaceGraph(Vocab.ONTOLOGY_GRAPH, Bundled.ontology());
            EntityIndex index = EntityIndex.of(KnowledgeBase.load(extractor).gazetteer(), s);
            ListImporter.Summary summary = new ListImporter(s, index).importList(list, file.getFileName().toString(),
                    content, new ListImporter.Options(ds, title, version, versionDate, threshold, "list." + f.id()));
            err.println(summary.line() + " into " + store.store + "; " + org.techmil.index.IndexGraph.rebuild(s).line());
            org.techmil.store.Statistics.write(s);
            err.flush();
        }
        return ExitCodes.OK;
    }

    private static LocalDate parseDate(String s) {
        if (s == null)
            return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date must be YYYY-MM-DD: " + s);
        }
    }
}
