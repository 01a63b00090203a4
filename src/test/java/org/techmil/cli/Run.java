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

    public String[] errLines() {
        return err.isBlank() ? new String[0] : err.strip().split("\\R");
    }
}
