package org.techmil.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.tdb2.TDB2;
import org.techmil.rdf.Vocab;
import org.techmil.store.Bundled;
import org.techmil.store.ConcatOrder;
import org.techmil.store.QueryRunner;
import org.techmil.store.Store;

/**
 * The first rows of the listing queries, computed once by the index step and kept in the index graph, so that a
 * listing run without parameters reads one or a few page nodes instead of reading, grouping and sorting every claim of
 * the store before its first row (at 100,000 articles: 130,000 to 170,000 rows for 1,000 shown).
 *
 * <p>A curated query asks for it with a header line {@code # index-rows: N}. The index step runs the query itself,
 * without parameters and with {@code LIMIT N} (a query that groups its rows by way of {@link FirstGroups}, which holds
 * only the N groups it keeps, not every group of the store), and stores its rows in order, as W3C SPARQL JSON results
 * ({@code rdf:JSON} literals) of {@value #PAGE_ROWS} rows each:
 *
 * <pre>
 * &lt;…/graph/index/listing/timeline&gt; a tm:Listing ; tm:queryName "timeline" ; tm:queryKey "sha-256 …" ;
 *     tm:rowCount 1000 ; tm:allRowsKept false ; tm:page &lt;…/listing/timeline/page/1&gt;, … .
 * &lt;…/listing/timeline/page/1&gt; tm:pageNumber 1 ; tm:rowCount 100 ; tm:results "{ \"head\": … }"^^rdf:JSON .
 * </pre>
 *
 * <p>The key is a hash of the query as Jena serialises it without its LIMIT, so any copy of the query (the bundled one,
 * {@code queries/NAME.rq}, the same text with other comments or spacing) finds its rows, and an edited query does not.
 * A run asks for its first L rows (its LIMIT): the stored rows answer it when L is at most the number stored, or when
 * they are all the query has ({@code tm:allRowsKept}); otherwise the query runs. The rows are those the query gave when
 * the index was last rebuilt: {@code build}, {@code import-list}, {@code link} and {@code index} rebuild it after
 * every write; after writes by other means (SPARQL Update through {@code serve}, tdb2.tdbloader) run
 * {@code techmil index}.
 */
public final class ListingPages {
    /** Rows per page node of the curated listings: a run that asks for fewer reads fewer pages. */
    public static final int PAGE_ROWS = 100;

    private static final Pattern DEPTH = Pattern.compile("^#+\\s*index-rows:\\s*(\\d+)\\s*$");
    private static final String LISTING_BASE = IndexTerms.GRAPH.getURI() + "/listing/";
    private static final org.apache.jena.datatypes.RDFDatatype JSON =
            org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(Vocab.RDF + "JSON");

    private ListingPages() {
    }

    /** A query whose first {@code depth} rows the index keeps, {@code pageRows} to a page node. */
    public record Listing(String name, String text, int depth, int pageRows) {
        public Listing {
            if (!name.matches("[A-Za-z0-9._-]+"))
                throw new IllegalArgumentException("a listing's name must be letters, digits, '.', '_' or '-': " + name);
            if (depth < 1 || pageRows < 1)
                throw new IllegalArgumentException("a listing keeps at least one row, one or more to a page: " + depth + ", " + pageRows);
        }

        public Listing(String name, String text, int depth) {
            this(name, text, depth, PAGE_ROWS);
        }
    }

    /** What a rebuild wrote. */
    public record Summary(int listings, long rows, double seconds, List<String> failed) {
        public Summary {
            failed = List.copyOf(failed);
        }

        public String line() {
            return String.format(java.util.Locale.ROOT, "first rows of %d %s (%d rows, %.1f s)", listings,
                    listings == 1 ? "listing" : "listings", rows, seconds)
                    + (failed.isEmpty() ? "" : "; not kept, so run in full: " + String.join(", ", failed));
        }
    }

    /** The number of rows a query's {@code # index-rows: N} header line asks the index to keep, or 0. */
    public static int depth(String queryText) {
        for (String line : queryText.split("\\R")) {
            String l = line.strip();
            if (!l.startsWith("#"))
                break;
            Matcher m = DEPTH.matcher(l);
            if (m.matches())
                return Integer.parseInt(m.group(1));
        }
        return 0;
    }

    /** The curated queries bundled in the jar that declare {@code # index-rows: N}. */
    public static List<Listing> curated() {
        List<Listing> out = new ArrayList<>();
        Bundled.queries().forEach((name, text) -> {
            int depth = depth(text);
            if (depth > 0)
                out.add(new Listing(name, text, depth));
        });
        return out;
    }

    /**
     * Runs each listing without parameters over the union of the store's graphs, in a read transaction, and writes its
     * first rows into the index graph in a write transaction of its own. Call after the index graph's entities are
     * committed (the listings find entities there) and its old listings removed. A listing that fails (out of memory
     * on a store too large for the heap, say) is left out and named in the summary: its query then runs in full.
     */
    static Summary write(Store store, List<Listing> listings) {
        long t0 = System.nanoTime();
        long total = 0;
        int kept = 0;
        List<String> failed = new ArrayList<>();
        for (Listing l : listings) {
            Query query = QueryRunner.parse(l.text(), l.name());
            if (!query.isSelectType())
                throw new IllegalArgumentException(l.name() + ": only a SELECT query can keep its first rows");
            List<Quad> quads;
            System.gc(); // start each listing from a collected heap (after the story step, say), for the heap guard
            try {
                quads = store.read(ds -> compute(ds.asDatasetGraph(), l, query));
            } catch (RuntimeException | OutOfMemoryError e) {
                failed.add(l.name() + " (" + (e instanceof OutOfMemoryError || e instanceof org.apache.jena.query.QueryCancelledException
                        ? "needs more heap than -Xmx allows" : e.getMessage()) + ")");
                continue;
            }
            store.write(() -> quads.forEach(store.datasetGraph()::add));
            total += quads.stream().filter(q -> q.getPredicate().equals(IndexTerms.ROW_COUNT)).findFirst()
                    .map(q -> ((Number) q.getObject().getLiteralValue()).longValue()).orElse(0L);
            kept++;
        }
        return new Summary(kept, total, (System.nanoTime() - t0) / 1e9, failed);
    }

    /** The quads that keep the first rows of {@code l}, computed inside a read transaction on {@code dsg}. */
    private static List<Quad> compute(DatasetGraph dsg, Listing l, Query query) {
        Query run = query.cloneQuery();
        run.setLimit(l.depth());
        List<Var> vars = Var.varList(run.getResultVars());
        List<Binding> rows;
        // the parts of each GROUP_CONCAT sorted, as a live run gives them (QueryRunner), whatever the store's ids
        FirstGroups.Runner runner = q -> ConcatOrder.on(QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(q))
                .set(TDB2.symUnionDefaultGraph, true)
                .build();
        java.util.concurrent.atomic.AtomicReference<QueryExecution> running = new java.util.concurrent.atomic.AtomicReference<>();
        FirstGroups groups = FirstGroups.plan(run);
        try (HeapGuard guard = new HeapGuard(() -> {
            QueryExecution qe = running.get();
            if (qe != null)
                qe.abort();
        })) {
            if (groups != null) {
                rows = groups.rows(runner, running::set);
            } else {
                rows = new ArrayList<>();
                // ARQ sorts a LIMIT of 1000 or more in full, every row in memory, where a top-N sort keeps only the
                // first rows; its optimiser reads the threshold from ARQ's global context only, so it is raised here
                synchronized (ListingPages.class) {
                    Object threshold = ARQ.getContext().get(ARQ.topNSortingThreshold);
                    ARQ.getContext().set(ARQ.topNSortingThreshold, Math.max(l.depth() + 1, 1000));
                    try (QueryExecution qe = runner.execution(run)) {
                        running.set(qe);
                        ResultSet rs = qe.execSelect();
                        while (rs.hasNext())
                            rows.add(rs.nextBinding());
                    } finally {
                        if (threshold == null)
                            ARQ.getContext().remove(ARQ.topNSortingThreshold);
                        else
                            ARQ.getContext().set(ARQ.topNSortingThreshold, threshold);
                    }
                }
            }
        }
        List<Quad> out = new ArrayList<>();
        Node listing = NodeFactory.createURI(LISTING_BASE + l.name());
        out.add(quad(listing, Vocab.TYPE, IndexTerms.LISTING));
        out.add(quad(listing, IndexTerms.QUERY_NAME, NodeFactory.createLiteralString(l.name())));
        out.add(quad(listing, IndexTerms.QUERY_KEY, NodeFactory.createLiteralString(key(query))));
        out.add(quad(listing, IndexTerms.ROW_COUNT, integer(rows.size())));
        out.add(quad(listing, IndexTerms.ALL_ROWS_KEPT, NodeFactory.createLiteralDT(Boolean.toString(rows.size() < l.depth()),
                XSDDatatype.XSDboolean)));
        for (int from = 0, number = 1; from < rows.size() || number == 1; from += l.pageRows(), number++) {
            List<Binding> part = rows.subList(Math.min(from, rows.size()), Math.min(from + l.pageRows(), rows.size()));
            Node page = NodeFactory.createURI(LISTING_BASE + l.name() + "/page/" + number);
            out.add(quad(listing, IndexTerms.PAGE, page));
            out.add(quad(page, IndexTerms.PAGE_NUMBER, integer(number)));
            out.add(quad(page, IndexTerms.ROW_COUNT, integer(part.size())));
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            ResultSetMgr.write(json, ResultSet.adapt(RowSetStream.create(vars, part.iterator())), ResultSetLang.RS_JSON);
            out.add(quad(page, IndexTerms.RESULTS, NodeFactory.createLiteralDT(json.toString(StandardCharsets.UTF_8), JSON)));
        }
        return out;
    }

    /**
     * The stored first rows that answer {@code query} run without parameters, as a result set in the query's order, or
     * null when the index holds none for it or fewer than it asks for (then run the query). Call inside a read
     * transaction; {@code dsg} is the store's dataset.
     */
    public static ResultSet rows(DatasetGraph dsg, Query query) {
        if (!query.isSelectType())
            return null;
        Iterator<Quad> found = dsg.find(IndexTerms.GRAPH, Node.ANY, IndexTerms.QUERY_KEY, NodeFactory.createLiteralString(key(query)));
        if (!found.hasNext())
            return null;
        Node listing = found.next().getSubject();
        Node stored = one(dsg, listing, IndexTerms.ROW_COUNT);
        Node allKept = one(dsg, listing, IndexTerms.ALL_ROWS_KEPT);
        if (stored == null || allKept == null)
            return null;
        long have = ((Number) stored.getLiteralValue()).longValue();
        long want = query.hasLimit() ? query.getLimit() : Long.MAX_VALUE;
        if (want > have && !"true".equals(allKept.getLiteralLexicalForm()))
            return null;
        long take = Math.min(want, have);
        List<Var> vars = Var.varList(query.getResultVars());
        List<Binding> rows = new ArrayList<>();
        for (int number = 1; rows.size() < take; number++) {
            Node page = NodeFactory.createURI(listing.getURI() + "/page/" + number);
            Node json = one(dsg, page, IndexTerms.RESULTS);
            if (json == null)
                return null; // a page is missing: the listing is not whole, run the query
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getLiteralLexicalForm().getBytes(StandardCharsets.UTF_8)),
                    ResultSetLang.RS_JSON);
            while (rs.hasNext() && rows.size() < take)
                rows.add(rs.nextBinding());
        }
        return ResultSet.adapt(RowSetStream.create(vars, rows.iterator()));
    }

    /** The key a listing's rows are stored under: a SHA-256 of the query as Jena writes it, without its LIMIT. */
    static String key(Query query) {
        Query q = query.cloneQuery();
        q.setLimit(Query.NOLIMIT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(q.serialize(Syntax.syntaxSPARQL_12).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node one(DatasetGraph dsg, Node s, Node p) {
        Iterator<Quad> it = dsg.find(IndexTerms.GRAPH, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static Quad quad(Node s, Node p, Node o) {
        return new Quad(IndexTerms.GRAPH, s, p, o);
    }

    private static Node integer(long i) {
        return NodeFactory.createLiteralDT(BigInteger.valueOf(i).toString(), XSDDatatype.XSDinteger);
    }

    /**
     * Cancels a listing's query when the heap, right after a full collection, stays above {@value #HEAP_SHARE} of its
     * maximum: a listing too large for the heap then stops within seconds instead of running the JVM out of memory
     * after minutes of garbage collection. Uses the JVM's collection-usage thresholds (java.lang.management).
     */
    private static final class HeapGuard implements AutoCloseable {
        private static final double HEAP_SHARE = 0.9;
        private final List<java.lang.management.MemoryPoolMXBean> pools = new ArrayList<>();
        private final javax.management.NotificationEmitter emitter =
                (javax.management.NotificationEmitter) java.lang.management.ManagementFactory.getMemoryMXBean();
        private final javax.management.NotificationListener listener;
        private final java.util.concurrent.atomic.AtomicBoolean checking = new java.util.concurrent.atomic.AtomicBoolean();

        HeapGuard(Runnable cancel) {
            for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
                long max = pool.getUsage().getMax();
                if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.isCollectionUsageThresholdSupported() && max > 0) {
                    pool.setCollectionUsageThreshold((long) (max * HEAP_SHARE));
                    pools.add(pool);
                }
            }
            listener = (notification, handback) -> {
                if (!notification.getType().equals(java.lang.management.MemoryNotificationInfo.MEMORY_COLLECTION_THRESHOLD_EXCEEDED)
                        || !checking.compareAndSet(false, true))
                    return;
                try {
                    // a young or mixed collection leaves garbage in the old generation: only a full one tells
                    System.gc();
                    if (pools.stream().anyMatch(p -> p.getCollectionUsage().getUsed() > p.getCollectionUsageThreshold()))
                        cancel.run();
                } finally {
                    checking.set(false);
                }
            };
            emitter.addNotificationListener(listener, null, null);
        }

        @Override
        public void close() {
            try {
                emitter.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
                // already gone
            }
            pools.forEach(p -> p.setCollectionUsageThreshold(0));
        }
    }
}
