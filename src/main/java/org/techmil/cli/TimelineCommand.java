package org.techmil.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.techmil.store.Store;
import org.techmil.story.Timeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        header = "Print the dated sequence of everything the articles say about one entity.",
        description = "Lists every claim with ENTITY as subject or object (allegations, denials, designations, contracts, partnerships, investigations), oldest first and undated articles last, with the claimant, the outlet that published the article, the source it credits, the first quote and the article. ENTITY is matched against labels, other names and entity ids, ignoring case. The curated query entity-timeline.rq does the same in SPARQL.",
        footerHeading = "%nExamples:%n",
        footer = {"  techmil timeline Alibaba",
                "  techmil timeline --store /data/tm-store --format csv -o hikvision.csv Hikvision"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, "1:no claim names ENTITY", ExitCodes.LIST_ERROR})
final class TimelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per report), csv or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the timeline here instead of stdout")
    Path output;

    @Parameters(paramLabel = "ENTITY", description = "a name (label or other name) or entity id, e.g. Alibaba")
    String entity;

    @Override
    public Integer call() throws Exception {
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "csv", "json").contains(f))
            throw new IllegalArgumentException("unknown format '" + format + "'; use text, csv or json");
        List<Timeline.Entry> entries;
        try (Store s = Store.open(store.store, false)) {
            entries = Timeline.of(s, entity);
        }
        String data = switch (f) {
            case "csv" -> Timeline.csv(entries);
            case "json" -> Timeline.json(entries);
            default -> Timeline.text(entries);
        };
        PrintWriter err = spec.commandLine().getErr();
        if (output != null) {
            Files.writeString(output, data, StandardCharsets.UTF_8);
            err.println(entries.size() + " reports about " + entity + " written to " + output);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.print(data);
            out.flush();
        }
        if (entries.isEmpty()) {
            err.println("techmil: no claim names an entity called " + entity + " in " + store.store);
            err.flush();
            return ExitCodes.PARTIAL;
        }
        err.flush();
        return ExitCodes.OK;
    }
}
