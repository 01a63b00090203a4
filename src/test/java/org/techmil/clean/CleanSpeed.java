package org.techmil.clean;

import org.techmil.ingest.InputException;
import org.techmil.ingest.InputFormat;
import org.techmil.ingest.RawArticle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Speed benchmark of the clean stage, not a test: {@code bench/clean-speed.sh} runs it.
 * Reads every page of a folder into memory ({@code .html}, {@code .htm}, {@code .txt}, each optionally
 * {@code .gz}), warms the JIT up, then times only {@link Cleaner#clean} (decode, parse, extract) over all
 * pages, single-threaded and with one worker per core, and prints pages/s and MB/s (MB of input bytes).
 *
 * <pre>java -cp target/techmil.jar:target/test-classes org.techmil.clean.CleanSpeed [--rounds N] [--warmup N] [--threads N] DIR...</pre>
 */
public final class CleanSpeed {
    private CleanSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 5;
        int warmup = 10;
        int threads = Runtime.getRuntime().availableProcessors();
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                default -> dirs.add(Path.of(args[i]));
            }
        }
        if (dirs.isEmpty()) {
            System.err.println("usage: CleanSpeed [--rounds N] [--warmup N] [--threads N] DIR...");
            System.exit(2);
        }
        Cleaner cleaner = new Cleaner();
        for (Path dir : dirs) {
            List<RawArticle> pages = load(dir);
            long bytes = pages.stream().mapToLong(p -> p.content().length).sum();
            System.out.printf(Locale.ROOT, "%s: %d pages, %.2f MB%n", dir, pages.size(), bytes / 1e6);
            for (int i = 0; i < warmup; i++)
                runOnce(cleaner, pages);
            report("1 thread", pages.size(), bytes, bestOf(rounds, () -> runOnce(cleaner, pages)));
            if (threads > 1) {
                int n = threads;
                ExecutorService pool = Executors.newFixedThreadPool(n);
                try {
                    for (int i = 0; i < 3; i++)
                        runParallel(cleaner, pages, pool, n);
                    report(n + " threads", pages.size(), bytes, bestOf(rounds, () -> runParallel(cleaner, pages, pool, n)));
                } finally {
                    pool.shutdown();
                }
            }
        }
    }

    private interface Run {
        void go() throws Exception;
    }

    /** The median of several timed rounds, in seconds. */
    private static double bestOf(int rounds, Run run) throws Exception {
        double[] times = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            run.go();
            times[i] = (System.nanoTime() - t0) / 1e9;
        }
        java.util.Arrays.sort(times);
        return times[rounds / 2];
    }

    private static void report(String label, int pages, long bytes, double seconds) {
        System.out.printf(Locale.ROOT, "  %-10s median of rounds: %7.3f s  %8.1f pages/s  %6.2f MB/s%n", label, seconds,
                pages / seconds, bytes / 1e6 / seconds);
    }

    private static int runOnce(Cleaner cleaner, List<RawArticle> pages) {
        int chars = 0;
        for (RawArticle p : pages)
            chars += cleanOne(cleaner, p);
        return chars;
    }

    private static void runParallel(Cleaner cleaner, List<RawArticle> pages, ExecutorService pool, int n) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<Integer>> futures = new ArrayList<>();
        for (int t = 0; t < n; t++)
            futures.add(pool.submit(() -> {
                int chars = 0;
                for (int i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement())
                    chars += cleanOne(cleaner, pages.get(i));
                return chars;
            }));
        for (Future<Integer> f : futures)
            f.get();
    }

    private static int cleanOne(Cleaner cleaner, RawArticle page) {
        try {
            return cleaner.clean(page).body().length();
        } catch (InputException e) {
            return 0; // a page without article text still costs its parse; it counts as done
        }
    }

    private static List<RawArticle> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<RawArticle> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String plain = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
            InputFormat format;
            if (plain.endsWith(".html") || plain.endsWith(".htm"))
                format = InputFormat.HTML;
            else if (plain.endsWith(".txt"))
                format = InputFormat.TEXT;
            else
                continue;
            byte[] bytes;
            if (name.endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    bytes = in.readAllBytes();
                }
            } else {
                bytes = Files.readAllBytes(f);
            }
            out.add(new RawArticle(plain, bytes, format));
        }
        return out;
    }
}
