package org.techmil.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --store} option shared by the commands that use a store. */
final class StoreOption {
    @Option(names = {"-s", "--store"}, paramLabel = "DIR",
            description = "TDB2 store folder (default: $TECHMIL_STORE, else ./${DEFAULT-VALUE})",
            defaultValue = "${env:TECHMIL_STORE:-" + org.techmil.store.Store.DEFAULT_FOLDER + "}")
    Path store;
}
