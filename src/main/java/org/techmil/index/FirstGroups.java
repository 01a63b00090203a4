package org.techmil.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.ExprVars;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * The first rows of a grouped, ordered query ({@code GROUP BY ... ORDER BY ... LIMIT N}) computed without holding every
 * group: ARQ groups in memory, every group with its keys and aggregates, before its sort keeps the first N (at 100,000
 * articles 130,000 to 170,000 groups and about 1 GB of heap for the largest listings).
 *
 * <p>When the query orders its groups by their keys only (every variable of ORDER BY is a GROUP BY variable), which
 * groups come first is known from any one of their rows. So:
 * <ol>
 * <li>The query's pattern streams from ARQ, neither grouped nor sorted. The best N group keys so far are kept, in the
 * query's order (ARQ's own {@link BindingComparator}, ties broken by the keys), each with its rows. A group that falls
 * out never comes back: the worst key kept only gets better, so every later row of it is turned away as well.</li>
 * <li>The query itself then runs over those rows only (a {@code VALUES} block in place of its pattern): ARQ groups,
 * aggregates, computes and orders them as it would have over the store.</li>
 * </ol>
 *
 * <p>The rows are those of the query with its LIMIT: the same groups with the same aggregates, in the same order, and the
 * store is read once. A query this cannot rank (no GROUP BY, HAVING, ORDER BY on an aggregate or a computed value,
 * DISTINCT, OFFSET, a trailing VALUES, FROM) has no {@link #plan}: run it as it is.
 */
final class FirstGroups {
    private final Query query;
    private final List<Var> keys;
    private final Comparator<Binding> order;
    private int peakGroups;

    private FirstGroups(Query query, List<Var> keys) {
        this.query = query;
        this.keys = keys;
        List<SortCondition> conditions = new ArrayList<>(query.getOrderBy());
        for (Var k : keys)
            conditions.add(new SortCondition(k, Query.ORDER_ASCENDING)); // ties: by the keys, so the choice is stable
        this.order = new BindingComparator(conditions);
    }

    /** A two-pass plan for {@code query}, or null when its first rows cannot be ranked by its group keys. */
    static FirstGroups plan(Query query) {
        if (!query.isSelectType() || !query.hasGroupBy() || query.hasHaving() || !query.hasOrderBy() || !query.hasLimit()
                || query.hasOffset() || query.isDistinct() || query.isReduced() || query.hasValues()
                || query.hasDatasetDescription())
            return null;
        if (!query.getGroupBy().getExprs().isEmpty())
            return null; // GROUP BY (expression AS ?v): keep it simple, group by variables only
        List<Var> keys = query.getGroupBy().getVars();
        Set<Var> ordered = new HashSet<>();
        for (SortCondition c : query.getOrderBy())
            ordered.addAll(ExprVars.getVarsMentioned(c.getExpression()));
        if (!keys.containsAll(ordered))
            return null;
        return new FirstGroups(query, List.copyOf(keys));
    }

    /** How a query runs: from a copy of the query, over the store's union graph. */
    interface Runner {
        QueryExecution execution(Query query);
    }

    /**
     * The query's first rows (its LIMIT), in order, with the query's result variables. {@code running} is told of each
     * execution as it starts, so that a guard can cancel it.
     */
    List<Binding> rows(Runner runner, Consumer<QueryExecution> running) {
        int limit = (int) Math.min(query.getLimit(), Integer.MAX_VALUE - 1);
        // pass 1: the pattern's rows, every variable in scope, neither grouped nor sorted
        Query pattern = new Query();
        pattern.setQuerySelectType();
        pattern.setPrefixMapping(query.getPrefixMapping());
        pattern.setQueryPattern(query.getQueryPattern());
        pattern.setQueryResultStar(true);
        // the keys of the best groups so far, worst first (the one to drop for a better one), and their rows
        PriorityQueue<Binding> best = new PriorityQueue<>(Math.min(limit, 1 << 16) + 1, order.reversed());
        Map<List<Node>, List<Binding>> groups = new HashMap<>();
        List<Var> vars;
        try (QueryExecution qe = runner.execution(pattern)) {
            running.accept(qe);
            ResultSet rs = qe.execSelect();
            vars = Var.varList(rs.getResultVars());
            while (rs.hasNext()) {
                Binding row = rs.nextBinding();
                List<Node> key = keyOf(row);
                List<Binding> group = groups.get(key);
                if (group == null) {
                    // a group that falls out never comes back: the worst kept only gets better, so a later row of it
                    // is turned away as its first was
                    if (best.size() == limit) {
                        if (order.compare(row, best.peek()) >= 0)
                            continue;
                        groups.remove(keyOf(best.poll()));
                    }
                    best.add(project(row, keys));
                    group = new ArrayList<>();
                    groups.put(key, group);
                    peakGroups = Math.max(peakGroups, groups.size());
                }
                group.add(row);
            }
        }
        // pass 2: the query itself over the kept groups' rows, which ARQ groups, aggregates and orders as it would
        // have over the store
        List<Binding> kept = new ArrayList<>();
        groups.values().forEach(kept::addAll);
        Query rest = query.cloneQuery();
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementData(vars, kept));
        rest.setQueryPattern(where);
        List<Binding> out = new ArrayList<>();
        try (QueryExecution qe = runner.execution(rest)) {
            running.accept(qe);
            ResultSet rs = qe.execSelect();
            while (rs.hasNext())
                out.add(rs.nextBinding());
        }
        return out;
    }

    /** The most groups held at once by the last {@link #rows} (at most its LIMIT). */
    int peakGroups() {
        return peakGroups;
    }

    private List<Node> keyOf(Binding b) {
        List<Node> key = new ArrayList<>(keys.size());
        for (Var k : keys)
            key.add(b.get(k));
        return Collections.unmodifiableList(key);
    }

    private static Binding project(Binding row, List<Var> vars) {
        BindingBuilder b = BindingBuilder.create();
        for (Var v : vars) {
            Node n = row.get(v);
            if (n != null)
                b.add(v, n);
        }
        return b.build();
    }
}
