package org.techmil.store;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecutionBuilder;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * The parts of a {@code GROUP_CONCAT} in an order that depends on the values only, not on how the store holds them.
 *
 * <p>ARQ concatenates a group's values in the order the group's rows reach it (the accumulators of
 * {@code AggGroupConcat} and {@code AggGroupConcatDistinct} append each value as it comes), and over TDB2 that order
 * follows the store's internal node ids, which follow the order the quads were first written: two stores with the same
 * quads could give {@code "a; b"} and {@code "b; a"}. Set on a query execution ({@link #on}), this optimiser runs ARQ's
 * own and then sorts the rows under every grouping that has a {@code GROUP_CONCAT} by the concatenated expressions, in
 * the order the aggregates are written ({@code ORDER BY} on them, ascending, ARQ's {@code BindingComparator}). The first
 * {@code GROUP_CONCAT} of a grouping then lists its values sorted; a later one in the order of their first row so
 * sorted: either way a function of the group's rows alone. Nothing else changes: the same rows, groups and columns.
 *
 * <p>The cost is a sort of the grouped rows (all rows of a listing run in full; the kept groups' rows only in the
 * index step, see {@code org.techmil.index.FirstGroups}).
 */
public final class ConcatOrder {
    /** ARQ's optimiser (the global one, standard unless changed), then the sorts under GROUP_CONCAT. */
    public static final RewriteFactory OPTIMIZER = context -> {
        Rewrite arq = Optimize.getFactory().create(context);
        return op -> Transformer.transform(new SortConcatenated(), arq.rewrite(op));
    };

    private ConcatOrder() {
    }

    /** {@code builder}, set to order the parts of its query's GROUP_CONCATs. */
    public static <B extends QueryExecutionBuilder> B on(B builder) {
        builder.set(ARQConstants.sysOptimizerFactory, OPTIMIZER);
        return builder;
    }

    /** The sort conditions that order a grouping's GROUP_CONCAT inputs, empty when it has none. */
    static List<SortCondition> conditions(List<ExprAggregator> aggregators) {
        List<SortCondition> out = new ArrayList<>();
        for (ExprAggregator a : aggregators) {
            Aggregator agg = a.getAggregator();
            if (agg instanceof AggGroupConcat || agg instanceof AggGroupConcatDistinct)
                for (Expr e : agg.getExprList())
                    out.add(new SortCondition(e, Query.ORDER_ASCENDING));
        }
        return out;
    }

    private static final class SortConcatenated extends TransformCopy {
        @Override
        public Op transform(OpGroup op, Op sub) {
            List<SortCondition> order = conditions(op.getAggregators());
            if (order.isEmpty())
                return super.transform(op, sub);
            return OpGroup.create(new OpOrder(sub, order), op.getGroupVars(), op.getAggregators());
        }
    }
}
