package org.techmil.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Runs a RIOT parser on a thread of its own and hands its quads (and default-graph triples) to a stream on the
 * calling thread in chunks through a small bounded queue, so that parsing and writing into TDB2 use two cores.
 * A parse error is thrown on the calling thread as the parser threw it (a {@code RiotParseException} keeps its
 * line and column); an exception from the stream stops the parser.
 */
final class ParseAhead {
    private static final int CHUNK = 1000;
    private static final Object END = new Object();

    private ParseAhead() {
    }

    /** Parses with {@code parser}, sending what it reads to {@code dest}; returns when the input is done. */
    static void parse(RDFParserBuilder parser, StreamRDF dest) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(16);
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread thread = new Thread(() -> {
            Chunker chunker = new Chunker(queue, cancelled);
            try {
                parser.parse(chunker);
                chunker.handOver();
                hand(queue, END, cancelled);
            } catch (Cancelled c) {
                // the reader stopped
            } catch (Throwable e) {
                try {
                    chunker.handOver(); // what was read before the error goes first
                    hand(queue, e, cancelled);
                } catch (Cancelled c) {
                    // the reader stopped
                }
            }
        }, "techmil-parser");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                Object o = queue.take();
                if (o == END)
                    return;
                if (o instanceof RuntimeException e)
                    throw e;
                if (o instanceof Error e)
                    throw e;
                if (o instanceof Throwable e)
                    throw new IllegalStateException(e);
                for (Object x : (List<?>) o) {
                    if (x instanceof Quad q)
                        dest.quad(q);
                    else
                        dest.triple((Triple) x);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } finally {
            cancelled.set(true);
            queue.clear();
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void hand(BlockingQueue<Object> queue, Object o, AtomicBoolean cancelled) {
        try {
            while (!queue.offer(o, 100, TimeUnit.MILLISECONDS))
                if (cancelled.get())
                    throw new Cancelled();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    /** The parser's side: gathers quads and triples into chunks. */
    private static final class Chunker extends StreamRDFBase {
        private final BlockingQueue<Object> queue;
        private final AtomicBoolean cancelled;
        private List<Object> chunk = new ArrayList<>(CHUNK);

        Chunker(BlockingQueue<Object> queue, AtomicBoolean cancelled) {
            this.queue = queue;
            this.cancelled = cancelled;
        }

        @Override
        public void quad(Quad quad) {
            add(quad);
        }

        @Override
        public void triple(Triple triple) {
            add(triple);
        }

        private void add(Object o) {
            if (cancelled.get())
                throw new Cancelled();
            chunk.add(o);
            if (chunk.size() >= CHUNK)
                handOver();
        }

        void handOver() {
            if (chunk.isEmpty())
                return;
            hand(queue, chunk, cancelled);
            chunk = new ArrayList<>(CHUNK);
        }
    }
}
