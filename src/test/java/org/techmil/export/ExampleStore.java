package org.techmil.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.tdb2.TDB2;
import org.techmil.cli.Techmil;
import org.techmil.store.Store;

import picocli.CommandLine;

/**
 * The bundled examples built once per test run, by the project's own {@code techmil build}, into a temporary store
 * that the export and serve tests share (read-only).
 */
public final class ExampleStore {
    private static Path folder;

    private ExampleStore() {
    }

    public static synchronized Path folder() throws IOException {
        if (folder == null) {
            Path dir = Files.createTempDirectory("techmil-export-test-");
            Path store = dir.resolve("store");
            Result r = run("build", "--store", store.toString(), "examples");
            assertEquals(0, r.code(), "building the examples failed: " + r.err());
            folder = store;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        }
        return folder;
    }

    /** What a command run in-process returned and printed. */
    public record Result(int code, String out, String err) {
    }

    public static Result run(String... args) {
        CommandLine cl = Techmil.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a SELECT query over the union of the store's graphs (checks that do not go through the export code). */
    public static <T> List<T> select(String sparql, Function<QuerySolution, T> each) throws IOException {
        try (Store s = Store.open(folder(), false)) {
            return s.read(ds -> {
                List<T> out = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.dataset(ds).query(ViewQuery.PREFIXES + sparql)
                        .set(TDB2.symUnionDefaultGraph, true).build()) {
                    qe.execSelect().forEachRemaining(r -> out.add(each.apply(r)));
                }
                return out;
            });
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
