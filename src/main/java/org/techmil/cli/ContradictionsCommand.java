package org.techmil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.techmil.store.Store;
import org.techmil.story.Contradictions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "contradictions", mixinStandardHelpOptions = true,
        header = "Report allegations with their denials, and reports that conflict across sources.",
        description = "For each assertion (all claims of one type between the same two parties) that someone denies, prints the assertion with its corroboration counts and every denial with denier, outlet, date and quote; then each pair of reports that conflict: one says a relationship holds, another that it ended (a listing and a later removal, a contract and its cancellation). The curated query contradictions.rq gives the same rows for other tools.",
        footerHeading = "%nExamples:%n",
        footer = {"  techmil contradictions", "  techmil contradictions --store /data/tm-store"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_ERROR})
final class ContradictionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        List<String> lines;
        try (Store s = Store.open(store.store, false)) {
            lines = Contradictions.report(s);
        }
        PrintWriter out = spec.commandLine().getOut();
        lines.forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }
}
