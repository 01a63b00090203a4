package org.techmil.store;

import java.io.OutputStream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.tdb2.TDB2;

/**
 * Runs SPARQL 1.1 queries against a store with the union of all named graphs as the default graph, and writes
 * results: SELECT and ASK as CSV, TSV, JSON, XML (W3C result formats) or a text table; CONSTRUCT and DESCRIBE as
 * Turtle, N-Triples or JSON-LD.
 */
public final class QueryRunner {
    /**
     * Rows computed earlier that answer a SELECT query run without parameters (the index graph's first rows of a
     * listing query), or null when there are none and the query must run.
     */
    @FunctionalInterface
    public interface Precomputed {
        ResultSet rows(org.apache.jena.sparql.core.DatasetGraph dsg, Query query);

        /** Never any: every query runs. */
        Precomputed NONE = (dsg, query) -> null;
    }

    private final Store store;
    private final long timeoutMillis;
    private final Precomputed precomputed;

    public QueryRunner(Store store, long timeoutMillis) {
        this(store, timeoutMillis, Precomputed.NONE);
    }

    /** A runner that answers a SELECT query given without parameters from {@code precomputed} rows when it has them. */
    public QueryRunner(Store store, long timeoutMillis, Precomputed precomputed) {
        this.store = store;
        this.timeoutMillis = timeoutMillis;
        this.precomputed = precomputed;
    }

    /** Parses a query; a syntax error becomes one line naming the source, line and column. */
    public static Query parse(String sparql, String source) {
        try {
            return QueryFactory.create(sparql, Syntax.syntaxSPARQL_12);
        } catch (QueryParseException e) {
            String where = e.getLine() > 0 ? " at line " + e.getLine() + ", column " + e.getColumn() : "";
            String msg = Store.oneLine(e).replaceFirst("^Lexical error at line \\d+, column \\d+\\.\\s*", "")
                    .replaceFirst("^Encountered", "found");
            throw new IllegalArgumentException(source + ": SPARQL syntax error" + where + ": " + msg);
        }
    }

    /** Runs {@code query} and writes its result to {@code out} in {@code format}; returns the number of rows or triples. */
    public long run(Query query, QueryFormat format, OutputStream out) {
        return run(query, BindingFactory.empty(), format, out);
    }

    /**
     * Runs {@code query} with the values of {@code parameters} substituted for its variables (Jena's query
     * substitution: the variables stay in the result, bound to those values) and writes its result to {@code out}.
     */
    public long run(Query query, Binding parameters, QueryFormat format, OutputStream out) {
        if (query.isSelectType() || query.isAskType()) {
            if (format.isGraphFormat())
                throw new IllegalArgumentException("format " + format.name().toLowerCase() + " is for CONSTRUCT and DESCRIBE; use csv, tsv, json, xml or text");
        } else if (!format.isGraphFormat() && format != QueryFormat.TEXT) {
            throw new IllegalArgumentException("a " + (query.isConstructType() ? "CONSTRUCT" : "DESCRIBE")
                    + " query yields RDF; use --format turtle, ntriples or jsonld");
        }
        return store.read(ds -> {
            ResultSet stored = parameters.isEmpty() ? precomputed.rows(ds.asDatasetGraph(), query) : null;
            if (stored != null)
                return writeSelect(query, stored, format, out);
            try (QueryExecution qe = ConcatOrder.on(QueryExecution.dataset(ds).query(query))
                    .substitution(parameters)
                    .set(TDB2.symUnionDefaultGraph, true)
                    .timeout(timeoutMillis).build()) {
                if (query.isSelectType())
                    return writeSelect(query, qe.execSelect(), format, out);
                if (query.isAskType()) {
                    boolean b = qe.execAsk();
                    if (format == QueryFormat.TEXT)
                        writeLine(out, Boolean.toString(b));
                    else
                        ResultsWriter.create().lang(resultLang(format)).build().write(out, b);
                    return b ? 1L : 0L;
                }
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                m.setNsPrefixes(query.getPrefixMapping());
                RDFDataMgr.write(out, m, graphLang(format));
                return m.size();
            } catch (QueryCancelledException e) {
                throw new IllegalStateException("query timed out after " + timeoutMillis + " ms");
            }
        });
    }

    private static long writeSelect(Query query, ResultSet rs, QueryFormat format, OutputStream out) {
        var rewindable = org.apache.jena.query.ResultSetFactory.copyResults(rs);
        if (format == QueryFormat.TEXT)
            ResultSetFormatter.out(out, rewindable, query.getPrologue());
        else
            ResultsWriter.create().lang(resultLang(format)).build().write(out, rewindable);
        return rewindable.size();
    }

    private static org.apache.jena.riot.Lang resultLang(QueryFormat f) {
        return switch (f) {
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
            case JSON -> ResultSetLang.RS_JSON;
            case XML -> ResultSetLang.RS_XML;
            default -> throw new IllegalArgumentException("not a result format: " + f);
        };
    }

    private static Lang graphLang(QueryFormat f) {
        return switch (f) {
            case NTRIPLES -> Lang.NTRIPLES;
            case JSONLD -> Lang.JSONLD;
            default -> Lang.TURTLE;
        };
    }

    private static void writeLine(OutputStream out, String s) {
        try {
            out.write((s + System.lineSeparator()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
