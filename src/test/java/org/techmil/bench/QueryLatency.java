package org.techmil.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.tdb2.TDB2;
import org.techmil.index.ListingPages;
import org.techmil.store.QueryParameters;
import org.techmil.store.Store;

/**
 * Times each curated query in one JVM against an existing store: the first (cold) run, then the median of
 * three warm runs, every result row consumed. Run by {@code bench/build-bench.sh}, not by the unit tests:
 *
 * <pre>java -cp target/techmil.jar:target/test-classes org.techmil.bench.QueryLatency STORE queries/ [TIMEOUT_S] [unset]</pre>
 *
 * A query runs with the parameters of each of its {@code # bench-params: NAME=VALUE ...} header lines (as
 * {@code techmil query --param} binds them; {@code limit=N} sets the row limit), or once without any when it has
 * none; with {@code unset}, also once without parameters (each query's defaults: every row up to its LIMIT).
 *
 * A listing run without parameters is answered, as {@code techmil query} answers it, from the first rows the index
 * graph keeps ({@link ListingPages}) when they cover its LIMIT; such a row is marked "(defaults, kept rows)".
 *
 * Prints one Markdown table row per query: name, rows, cold ms, warm median ms, and the CPU time of the warm median
 * run (the query runs on the calling thread, so its CPU time does not depend on how loaded the machine is).
 */
public final class QueryLatency {
    /** {@code -Dtechmil.bench.full=true}: run every query itself, as {@code techmil query --full} does. */
    private static final boolean FULL = Boolean.getBoolean("techmil.bench.full");

    private QueryLatency() {
    }

    public static void main(String[] args) throws IOException {
        Path store = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        long timeout = args.length > 2 ? Long.parseLong(args[2]) : 60;
        boolean unset = args.length > 3 && args[3].equals("unset");
        List<Path> queries;
        try (Stream<Path> s = Files.list(folder)) {
            queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        try (Store s = Store.open(store, false)) {
            for (Path q : queries) {
                String text = Files.readString(q);
                List<Map<String, String>> runs = new ArrayList<>(QueryParameters.benchRuns(text));
                if (unset && !runs.getFirst().isEmpty())
                    runs.addFirst(Map.of());
                for (Map<String, String> params : runs)
                    time(s, q, text, params, timeout);
            }
        }
    }

    private static void time(Store s, Path q, String text, Map<String, String> given, long timeout) {
        String name = q.getFileName().toString().replace(".rq", "");
        Map<String, String> params = new LinkedHashMap<>(given);
        Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_12);
        String limit = params.remove("limit");
        if (limit != null)
            query.setLimit(Long.parseLong(limit));
        Binding binding = QueryParameters.declaredIn(text, name).bind(params);
        if (!given.isEmpty())
            name += " (" + String.join(" ", given.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()) + ")";
        else if (!QueryParameters.declaredIn(text, name).list().isEmpty())
            name += !FULL && s.read(ds -> ListingPages.rows(ds.asDatasetGraph(), query)) != null ? " (defaults, kept rows)" : " (defaults)";
        List<Double> runs = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long rows = -1;
        String failure = null;
        for (int i = 0; i < 4 && failure == null; i++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            try {
                rows = s.read(ds -> {
                    // as techmil query: a listing run without parameters reads the rows the index graph keeps
                    ResultSet kept = binding.isEmpty() && !FULL ? ListingPages.rows(ds.asDatasetGraph(), query) : null;
                    if (kept != null) {
                        long n = 0;
                        while (kept.hasNext()) {
                            kept.next();
                            n++;
                        }
                        return n;
                    }
                    try (QueryExecution qe = QueryExecution.dataset(ds).query(query)
                            .substitution(binding)
                            .set(TDB2.symUnionDefaultGraph, true)
                            .timeout(timeout, TimeUnit.SECONDS).build()) {
                        if (!query.isSelectType())
                            return qe.execAsk() ? 1L : 0L;
                        ResultSet rs = qe.execSelect();
                        long n = 0;
                        while (rs.hasNext()) {
                            rs.next();
                            n++;
                        }
                        return n;
                    }
                });
            } catch (RuntimeException e) {
                failure = e.getClass().getSimpleName();
            }
            runs.add((System.nanoTime() - t0) / 1e6);
            cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
            if (runs.get(0) > 20_000)
                break; // slow enough: one run tells
        }
        if (failure != null) {
            System.out.printf(Locale.ROOT, "| %s | %s after %.0f ms | | | |%n", name, failure, runs.get(runs.size() - 1));
            return;
        }
        List<Integer> warm = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++)
            warm.add(i);
        warm.sort((x, y) -> Double.compare(runs.get(x), runs.get(y)));
        String median = warm.isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f", runs.get(warm.get(warm.size() / 2)));
        String medianCpu = warm.isEmpty() ? String.format(Locale.ROOT, "%.0f (cold)", cpu.get(0))
                : String.format(Locale.ROOT, "%.0f", cpu.get(warm.get(warm.size() / 2)));
        System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %s | %s |%n", name, rows, runs.get(0), median, medianCpu);
        System.out.flush();
    }
}
