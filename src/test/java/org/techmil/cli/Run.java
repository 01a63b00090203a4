package org.techmil.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs a techmil command in-process and keeps its exit code, stdout and stderr. */
public record Run(int code, String out, String err) {
    public static Run of(String... args) {
        CommandLine cl = Techmil.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Builds the bundled examples into {@code store} and fails the calling test when the build does not succeed. */
    public static java.nio.file.Path examplesStore(java.nio.file.Path store) {
        Run r = of("build", "--store", store.toString(), "examples");
        org.junit.jupiter.api.Assertions.assertEquals(0, r.code(), r.err());
        return store;
    }

    public String[] errLines() {
        return err.isBlank() ? new String[0] : err.strip().split("\\R");
    }
}
