package org.techmil.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real {@code techmil} process: a JVM of its own on the test class path, so it can be killed, interrupted or
 * run with a small heap. Its stderr is collected line by line as it comes; stdout is discarded.
 */
public final class TechmilProcess implements AutoCloseable {
    private final Process process;
    private final List<String> err = new ArrayList<>();
    private final Thread reader;

    private TechmilProcess(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null;) {
                    synchronized (err) {
                        err.add(line);
                        err.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        }, "techmil-process-stderr");
        reader.setDaemon(true);
        reader.start();
    }

    /** The command line that runs techmil in a new JVM with {@code jvmOptions} (say {@code -Xmx256m}). */
    public static List<String> command(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("org.techmil.cli.Techmil");
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Starts techmil with {@code args} in a JVM with {@code jvmOptions}. */
    public static TechmilProcess start(List<String> jvmOptions, String... args) {
        return start(command(jvmOptions, args));
    }

    /** Starts {@code command} (one built with {@link #command}, perhaps behind a wrapper that execs it). */
    public static TechmilProcess start(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("TECHMIL_STACKTRACE");
        pb.environment().remove("TECHMIL_STORE");
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            return new TechmilProcess(pb.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Process process() {
        return process;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * Waits until {@code count} stderr lines match {@code which}, or the process ends, or {@code seconds} pass.
     *
     * @return whether that many lines came
     */
    public boolean awaitLines(Predicate<String> which, int count, long seconds) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (err) {
            while (true) {
                if (err.stream().filter(which).count() >= count)
                    return true;
                long left = until - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive()))
                    return false;
                err.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 100)));
            }
        }
    }

    /** Waits for the process to end and for its stderr to be read; returns its exit code. */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            throw new AssertionError("techmil did not end within " + seconds + " s; stderr: " + errLines());
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return process.exitValue();
    }

    /** The stderr lines so far. */
    public List<String> errLines() {
        synchronized (err) {
            return List.copyOf(err);
        }
    }

    /** Kills the process with SIGKILL (what {@link Process#destroyForcibly()} sends on Linux) and waits for it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(TimeUnit.SECONDS.toMillis(10));
    }

    /** Sends a signal by name ({@code INT}, {@code TERM}) with the system's {@code kill} command. */
    public void signal(String name) throws IOException, InterruptedException {
        Process k = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
        if (k.waitFor() != 0)
            throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed");
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive())
            kill();
    }
}
