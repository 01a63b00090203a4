package org.techmil.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Ctrl-C during a long write: asks the work to stop after what it has in hand, and keeps the JVM alive until the
 * summary is out (the JVM halts as soon as its shutdown hooks return).
 */
final class StopHook {
    private StopHook() {
    }

    /** Runs {@code work} with a shutdown hook that calls {@code requestStop} (which should wait for the commit). */
    static int run(Runnable requestStop, IntSupplier work) {
        CountDownLatch reported = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            requestStop.run();
            try {
                reported.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "techmil-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.getAsInt();
        } finally {
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already stopping; the hook is running
            }
        }
    }
}
