package org.techmil.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

import org.techmil.ingest.InputException;
import org.techmil.store.StoreException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Prints every error as one line on stderr ({@code techmil: what went wrong}), with the stack trace only when
 * {@code TECHMIL_STACKTRACE} is set, and maps it to an exit code.
 */
final class Errors implements IExecutionExceptionHandler, IParameterExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println("techmil: " + message(e));
        if (System.getenv("TECHMIL_STACKTRACE") != null)
            e.printStackTrace(err);
        err.flush();
        return ExitCodes.ERROR;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("techmil: " + e.getMessage().replaceAll("\\s*\\R\\s*", " ")
                + " (see: " + cl.getCommandSpec().qualifiedName() + " --help)");
        err.flush();
        return ExitCodes.ERROR;
    }

    static String message(Throwable e) {
        String m;
        if (e instanceof InputException || e instanceof StoreException || e instanceof IllegalArgumentException
                || e instanceof IllegalStateException || e instanceof UncheckedIOException)
            m = e.getMessage();
        else
            m = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
