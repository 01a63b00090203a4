package org.techmil.index;

import java.util.Iterator;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The quads of every graph but one, matched and handed over as term ids: on a TDB2 store its node ids, decoded into
 * terms only when asked (decoding reads the node file, and is most of the cost of a scan over millions of quads); on
 * any other dataset the terms themselves. Ids of one scan compare with {@code equals}. Use inside a transaction.
 */
interface QuadIds {
    /** What a match hands over: graph, subject and object ids. */
    interface Match {
        void accept(Object g, Object s, Object o);
    }

    /** The id of a term that no quad holds: a pattern with it matches nothing. */
    Object MISSING = new Object();

    /** The id of {@code n}, or {@link #MISSING}. */
    Object id(Node n);

    /** Every quad (s, p, o), where a null id matches anything, outside the graph left out. */
    void find(Object s, Object p, Object o, Match each);

    private static boolean missing(Object s, Object p, Object o) {
        return s == MISSING || p == MISSING || o == MISSING;
    }

    /** The term of an id. */
    Node node(Object id);

    /** The quads of {@code dsg}, leaving out graph {@code skip}. */
    static QuadIds of(DatasetGraph dsg, Node skip) {
        return TDBInternal.isTDB2(dsg) ? new Tdb2(dsg, skip) : new Plain(dsg, skip);
    }

    /** On node ids of TDB2's quad table (G, S, P, O). */
    final class Tdb2 implements QuadIds {
        private final NodeTupleTable table;
        private final NodeTable nodes;
        private final NodeId skip;

        Tdb2(DatasetGraph dsg, Node skip) {
            this.table = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
            this.nodes = table.getNodeTable();
            Object id = id(skip);
            this.skip = id == MISSING ? null : (NodeId) id;
        }

        @Override
        public Object id(Node n) {
            NodeId id = nodes.getNodeIdForNode(n);
            return id == null || NodeId.isDoesNotExist(id) ? MISSING : id;
        }

        @Override
        public void find(Object s, Object p, Object o, Match each) {
            if (QuadIds.missing(s, p, o))
                return;
            Iterator<Tuple<NodeId>> it = table.find(NodeId.NodeIdAny, any(s), any(p), any(o));
            while (it.hasNext()) {
                Tuple<NodeId> t = it.next();
                if (!t.get(0).equals(skip))
                    each.accept(t.get(0), t.get(1), t.get(3));
            }
        }

        private static NodeId any(Object id) {
            return id == null ? NodeId.NodeIdAny : (NodeId) id;
        }

        @Override
        public Node node(Object id) {
            return nodes.getNodeForNodeId((NodeId) id);
        }
    }

    /** On the terms of any dataset. */
    final class Plain implements QuadIds {
        private final DatasetGraph dsg;
        private final Node skip;

        Plain(DatasetGraph dsg, Node skip) {
            this.dsg = dsg;
            this.skip = skip;
        }

        @Override
        public Object id(Node n) {
            return n;
        }

        @Override
        public void find(Object s, Object p, Object o, Match each) {
            if (QuadIds.missing(s, p, o))
                return;
            Iterator<Quad> it = dsg.find(Node.ANY, any(s), any(p), any(o));
            while (it.hasNext()) {
                Quad q = it.next();
                if (!q.getGraph().equals(skip))
                    each.accept(q.getGraph(), q.getSubject(), q.getObject());
            }
        }

        private static Node any(Object id) {
            return id == null ? Node.ANY : (Node) id;
        }

        @Override
        public Node node(Object id) {
            return (Node) id;
        }
    }
}
