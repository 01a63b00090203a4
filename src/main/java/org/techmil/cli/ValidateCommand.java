package org.techmil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.techmil.store.Bundled;
import org.techmil.store.Store;
import org.techmil.store.Validation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check the store against the SHACL shapes of ontology/shapes.ttl.",
        description = "Runs the shapes for articles, entities, claims and evidence (quotes must match the article text at their offsets) over all graphs of the store and prints one line per finding.",
        footerHeading = "%nExamples:%n",
        footer = {"  techmil validate", "  techmil validate --store /data/tm-store"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no violations (warnings may be printed)", "1:violations found", ExitCodes.LIST_ERROR})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store s = Store.open(store.store, false)) {
            List<Validation.Finding> findings = new Validation(Bundled.shapes()).validate(s);
            findings.forEach(f -> out.println(f.line()));
            out.flush();
            long violations = findings.stream().filter(f -> f.severity().equals("Violation")).count();
            err.printf("%d violation%s, %d other finding%s in %s%n", violations, violations == 1 ? "" : "s",
                    findings.size() - violations, findings.size() - violations == 1 ? "" : "s", store.store);
            err.flush();
            return violations > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
        }
    }
}
