package org.techmil.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code techmil} command: news articles in, a knowledge graph of claims linking tech firms and militaries out. */
@Command(name = "techmil",
        header = "Turn news articles into a knowledge graph of claims linking technology firms and militaries.",
        description = "Articles (HTML pages or text scrapes) are cleaned, their entities and claims extracted, "
                + "and loaded into an embedded Apache Jena TDB2 store, one named graph per article, to be queried with SPARQL.",
        footerHeading = "%nStart with:%n",
        footer = {"  techmil build examples/           build the example articles into ./" + org.techmil.store.Store.DEFAULT_FOLDER,
                "  techmil query top-accused-firms    run a curated query (list them: techmil query --list)"},
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        subcommands = {BuildCommand.class, CleanCommand.class, ExtractCommand.class, QueryCommand.class,
                ValidateCommand.class, TimelineCommand.class, ContradictionsCommand.class, ImportListCommand.class, LinkCommand.class, IndexCommand.class, LoadCommand.class, DescribeCommand.class,
                ExportCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, ExitCodes.LIST_PARTIAL, ExitCodes.LIST_ERROR, ExitCodes.LIST_INTERRUPTED})
public final class Techmil implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for {@link #main} and for tests that run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Techmil());
        cl.setExecutionExceptionHandler(new Errors());
        cl.setParameterExceptionHandler(new Errors());
        cl.setUsageHelpWidth(100);
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
