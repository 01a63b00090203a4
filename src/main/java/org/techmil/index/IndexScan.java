package org.techmil.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.techmil.rdf.Vocab;

/**
 * One pass over the quads of every graph but the index graph, by predicate (TDB2 answers each from its POSG index),
 * gathering what {@link EntityEntry} holds. Call inside a transaction.
 */
final class IndexScan {
    private static final Comparator<Node> BY_TERM = Comparator.comparing(Node::toString);

    private final DatasetGraph dsg;
    private final Map<Node, Facts> facts = new HashMap<>();

    /** What is known of one entity so far. */
    private static final class Facts {
        final Set<Node> types = new LinkedHashSet<>();
        final Map<Node, Integer> labels = new HashMap<>();
        final Set<Node> altLabels = new HashSet<>();
        final Set<Node> sameAs = new HashSet<>();
        final Set<Node> mentionedIn = new HashSet<>();
        final Set<Node> allegations = new HashSet<>();
        final Set<Node> allegationSources = new HashSet<>();
        final Set<Node> claimants = new HashSet<>();
        final Set<Node> denied = new HashSet<>();
        final Set<Node> aids = new HashSet<>();
        final Set<Node> defences = new HashSet<>();
    }

    private IndexScan(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The index entries of every entity in {@code dsg}, ordered by IRI. */
    static List<EntityEntry> scan(DatasetGraph dsg) {
        return new IndexScan(dsg).run();
    }

    private List<EntityEntry> run() {
        for (Node cls : IndexTerms.ENTITY_CLASSES)
            each(Node.ANY, Vocab.TYPE, cls, q -> {
                if (q.getSubject().isURI())
                    facts.computeIfAbsent(q.getSubject(), k -> new Facts()).types.add(cls);
            });
        each(Node.ANY, Vocab.LABEL, Node.ANY, q -> known(q, f -> f.labels.merge(q.getObject(), 1, Integer::sum)));
        each(Node.ANY, Vocab.ALT_LABEL, Node.ANY, q -> known(q, f -> f.altLabels.add(q.getObject())));
        each(Node.ANY, Vocab.SAME_AS, Node.ANY, q -> known(q, f -> f.sameAs.add(q.getObject())));
        each(Node.ANY, Vocab.MENTIONS, Node.ANY, q -> {
            Facts f = facts.get(q.getObject());
            if (f != null)
                f.mentionedIn.add(q.getSubject());
        });
        allegations();
        each(Node.ANY, Vocab.TYPE, IndexTerms.DENIAL, denial -> each(denial.getSubject(), Vocab.OBJECT, Node.ANY, q -> {
            Facts f = facts.get(q.getObject());
            if (f != null)
                f.defences.add(denial.getSubject());
        }));
        List<Node> entities = new ArrayList<>(facts.keySet());
        entities.sort(BY_TERM);
        return entities.stream().map(e -> entry(e, facts.get(e))).toList();
    }

    /** Each allegation with a source, counted for its subject(s): the claim, its sources, claimants, and denial. */
    private void allegations() {
        Set<Node> seen = new HashSet<>();
        each(Node.ANY, Vocab.TYPE, IndexTerms.ALLEGATION, a -> {
            Node claim = a.getSubject();
            if (!seen.add(claim))
                return;
            List<Node> sources = objects(claim, Vocab.WAS_DERIVED_FROM);
            if (sources.isEmpty())
                return;
            List<Node> claimants = objects(claim, Vocab.CLAIMANT);
            List<Node> aided = objects(claim, Vocab.OBJECT);
            boolean denied = false;
            for (Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Vocab.DENIES, claim); it.hasNext() && !denied; ) {
                Quad d = it.next();
                denied = !d.getGraph().equals(IndexTerms.GRAPH)
                        && dsg.contains(Node.ANY, d.getSubject(), Vocab.TYPE, IndexTerms.DENIAL);
            }
            for (Node subject : objects(claim, Vocab.SUBJECT)) {
                Facts f = facts.get(subject);
                if (f == null)
                    continue;
                f.allegations.add(claim);
                f.allegationSources.addAll(sources);
                f.claimants.addAll(claimants);
                f.aids.addAll(aided);
                if (denied)
                    f.denied.add(claim);
            }
        });
    }

    private static EntityEntry entry(Node e, Facts f) {
        Node label = f.labels.entrySet().stream()
                .min(Map.Entry.<Node, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(BY_TERM)))
                .map(Map.Entry::getKey).orElse(null);
        EntityEntry.Accused accused = f.allegations.isEmpty() ? null
                : new EntityEntry.Accused(f.allegations.size(), f.allegationSources.size(), f.claimants.size(),
                f.denied.size(), f.defences.size(), sorted(f.aids));
        return new EntityEntry(e, List.copyOf(f.types), label, sorted(f.altLabels), sorted(f.sameAs),
                f.mentionedIn.size(), accused);
    }

    private static List<Node> sorted(Set<Node> nodes) {
        return nodes.stream().sorted(BY_TERM).toList();
    }

    private void known(Quad q, Consumer<Facts> action) {
        Facts f = facts.get(q.getSubject());
        if (f != null)
            action.accept(f);
    }

    private List<Node> objects(Node s, Node p) {
        Set<Node> out = new LinkedHashSet<>();
        each(s, p, Node.ANY, q -> out.add(q.getObject()));
        return List.copyOf(out);
    }

    /** Every quad matching (s, p, o) in any graph but the index graph. */
    private void each(Node s, Node p, Node o, Consumer<Quad> action) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, o);
        while (it.hasNext()) {
            Quad q = it.next();
            if (!q.getGraph().equals(IndexTerms.GRAPH))
                action.accept(q);
        }
    }
}
