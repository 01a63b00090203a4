package org.techmil.pipeline;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A request to stop long work after the unit in hand (Ctrl-C during a build or a load), and the work's answer that it
 * has finished: the requester waits a little for the last batch to commit.
 */
final class StopSignal {
    private static final int WAIT_SECONDS = 30;
    private volatile boolean requested;
    private final CountDownLatch finished = new CountDownLatch(1);

    /** Asks the work to stop and waits up to {@value #WAIT_SECONDS} seconds for it to finish. */
    void requestAndWait() {
        requested = true;
        try {
            finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Marks the work as stopping, without waiting (a failed writer stops the readers). */
    void request() {
        requested = true;
    }

    boolean requested() {
        return requested;
    }

    /** Called by the work when it is done, whether it stopped early or not. */
    void finished() {
        finished.countDown();
    }
}
