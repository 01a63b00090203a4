package org.techmil.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's query operation ({@link SPARQL_QueryDataset}, registered in place of the standard one) with a cap on the
 * size of a result. Neither Fuseki nor ARQ has a result-size setting, so the cap uses the two hooks Fuseki leaves
 * open:
 * <ul>
 * <li>{@link #decideDataset}: a SELECT with no LIMIT, or a larger one, is given {@code LIMIT max+1}, so the engine
 * stops after one row too many (and an ORDER BY keeps only the top rows) instead of computing the whole result;</li>
 * <li>{@link #executeQuery}: such a SELECT is read into memory up to that row, and a CONSTRUCT is built into memory
 * triple by triple (Fuseki builds it in memory anyway), stopping at the first distinct triple over the cap. Then a
 * result over the cap is refused with {@code 400} and a message saying what to do, before any of it is sent.</li>
 * </ul>
 * A result is never cut silently: a client gets all of it or a refusal. A SELECT whose own LIMIT is within the cap
 * streams as usual. DESCRIBE results (built whole by Fuseki) are checked after the fact. ASK is one boolean.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    private final int maxRows;

    LimitedQuery(int maxRows) {
        this.maxRows = maxRows;
    }

    private boolean needsCap(Query q) {
        return q.isSelectType() && (!q.hasLimit() || q.getLimit() > maxRows);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight() == null ? query : chosen.getRight();
        if (needsCap(q)) {
            q = q.cloneQuery();
            q.setLimit(maxRows + 1L);
        }
        return Pair.create(chosen.getLeft(), q);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query requestQuery, String queryStringLog) {
        if (needsCap(requestQuery)) {
            RowSet rows = exec.select();
            List<Binding> kept = new ArrayList<>();
            while (rows.hasNext()) {
                kept.add(rows.next());
                if (kept.size() > maxRows)
                    tooLarge("rows");
            }
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        if (requestQuery.isConstructType()) {
            DatasetGraph out = DatasetGraphFactory.create();
            long n = 0;
            if (requestQuery.isConstructQuad()) {
                for (Iterator<Quad> it = exec.constructQuads(); it.hasNext();) {
                    Quad q = it.next();
                    if (!out.contains(q)) {
                        out.add(q);
                        if (++n > maxRows)
                            tooLarge("triples");
                    }
                }
            } else {
                Graph g = out.getDefaultGraph();
                for (Iterator<Triple> it = exec.constructTriples(); it.hasNext();) {
                    Triple t = it.next();
                    if (!g.contains(t)) {
                        g.add(t);
                        if (++n > maxRows)
                            tooLarge("triples");
                    }
                }
            }
            return new QueryExecResult(out);
        }
        QueryExecResult result = super.executeQuery(action, exec, requestQuery, queryStringLog);
        if (result.isGraph() && result.graph().size() > maxRows)
            tooLarge("triples");
        return result;
    }

    private void tooLarge(String what) {
        ServletOps.error(HttpSC.BAD_REQUEST_400, "Result too large: more than " + maxRows + " " + what
                + ", this server's limit (techmil serve --max-rows). Add LIMIT " + maxRows
                + " (with OFFSET to page through) or narrow the query.");
    }
}
