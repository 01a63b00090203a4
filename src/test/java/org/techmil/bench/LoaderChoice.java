package org.techmil.bench;

import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.dboe.base.file.Location;

/**
 * Times one of Jena's TDB2 bulk loaders ({@code LoaderFactory}: basic, sequential, phased, parallel) loading an
 * N-Quads file into a fresh store in this JVM, parsing included, as {@code techmil load} is timed: the figures
 * behind the choice of writer in docs/benchmarks.md. Not run by the unit tests:
 *
 * <pre>java -Xmx512m -cp target/techmil.jar:target/test-classes org.techmil.bench.LoaderChoice LOADER STORE FILE.nq</pre>
 */
public final class LoaderChoice {
    private LoaderChoice() {
    }

    public static void main(String[] args) {
        String which = args[0];
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(Path.of(args[1]).toAbsolutePath().toString()));
        var out = MonitorOutputs.nullOutput();
        DataLoader loader = switch (which) {
            case "basic" -> LoaderFactory.basicLoader(dsg, out);
            case "sequential" -> LoaderFactory.sequentialLoader(dsg, out);
            case "phased" -> LoaderFactory.phasedLoader(dsg, out);
            case "parallel" -> LoaderFactory.parallelLoader(dsg, out);
            default -> throw new IllegalArgumentException("basic, sequential, phased or parallel: " + which);
        };
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        loader.startBulk();
        try {
            RDFParser.source(args[2]).parse(loader.stream());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %,d quads in %.1f s: %,.0f quads/s (main thread CPU %.1f s)%n", which,
                loader.countQuads(), secs, loader.countQuads() / secs, (cpu() - cpu0) / 1e9);
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
