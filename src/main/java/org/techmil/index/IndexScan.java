package org.techmil.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.techmil.rdf.Vocab;

/**
 * One pass over the quads of every graph but the index graph, by predicate (TDB2 answers each from its POSG index),
 * gathering what {@link EntityEntry} holds. It works on term ids ({@link QuadIds}) and decodes only the terms it
 * writes: the entities, their labels and other names, never the articles and claims it counts. Call inside a
 * transaction.
 */
final class IndexScan {
    private static final Comparator<Node> BY_TERM = Comparator.comparing(Node::toString);

    private final QuadIds quads;
    private final Map<Object, Facts> facts = new LinkedHashMap<>();

    /** What is known of one entity so far, by term id. */
    private static final class Facts {
        final Set<Object> types = new LinkedHashSet<>();
        final Map<Object, Integer> labels = new HashMap<>();
        final Set<Object> altLabels = new HashSet<>();
        final Set<Object> sameAs = new HashSet<>();
        final Set<Object> mentionedIn = new HashSet<>();
        final Set<Object> allegations = new HashSet<>();
        final Set<Object> allegationSources = new HashSet<>();
        final Set<Object> claimants = new HashSet<>();
        final Set<Object> denied = new HashSet<>();
        final Set<Object> defences = new HashSet<>();
        final Set<Object> aids = new HashSet<>();
    }

    private IndexScan(DatasetGraph dsg) {
        this.quads = QuadIds.of(dsg, IndexTerms.GRAPH);
    }

    /** The index entries of every entity in {@code dsg}, ordered by IRI. */
    static List<EntityEntry> scan(DatasetGraph dsg) {
        return new IndexScan(dsg).run();
    }

    private List<EntityEntry> run() {
        Object type = quads.id(Vocab.TYPE);
        Map<Object, Node> classes = new LinkedHashMap<>();
        for (Node cls : IndexTerms.ENTITY_CLASSES) {
            Object c = quads.id(cls);
            classes.put(c, cls);
            quads.find(null, type, c, (g, s, o) -> facts.computeIfAbsent(s, k -> new Facts()).types.add(c));
        }
        facts.keySet().removeIf(e -> !quads.node(e).isURI());
        quads.find(null, quads.id(Vocab.LABEL), null, (g, s, o) -> known(s, f -> f.labels.merge(o, 1, Integer::sum)));
        quads.find(null, quads.id(Vocab.ALT_LABEL), null, (g, s, o) -> known(s, f -> f.altLabels.add(o)));
        quads.find(null, quads.id(Vocab.SAME_AS), null, (g, s, o) -> known(s, f -> f.sameAs.add(o)));
        quads.find(null, quads.id(Vocab.MENTIONS), null, (g, s, o) -> known(o, f -> f.mentionedIn.add(s)));
        allegations(type);
        Object object = quads.id(Vocab.OBJECT);
        quads.find(null, type, quads.id(IndexTerms.DENIAL), (g, denial, c) ->
                quads.find(denial, object, null, (g2, s, o) -> known(o, f -> f.defences.add(denial))));
        List<EntityEntry> out = new ArrayList<>(facts.size());
        facts.forEach((e, f) -> out.add(entry(e, f, classes)));
        out.sort(Comparator.comparing(EntityEntry::entity, BY_TERM));
        return out;
    }

    /** Each allegation with a source, counted for its subject(s): the claim, its sources, claimants, denial, objects. */
    private void allegations(Object type) {
        Object denial = quads.id(IndexTerms.DENIAL);
        Object denies = quads.id(Vocab.DENIES);
        Set<Object> seen = new HashSet<>();
        quads.find(null, type, quads.id(IndexTerms.ALLEGATION), (g, claim, c) -> {
            if (!seen.add(claim))
                return;
            Set<Object> sources = objects(claim, Vocab.WAS_DERIVED_FROM);
            if (sources.isEmpty())
                return;
            Set<Object> claimants = objects(claim, Vocab.CLAIMANT);
            Set<Object> aided = objects(claim, Vocab.OBJECT);
            boolean[] denied = new boolean[1];
            quads.find(null, denies, claim, (g2, d, o) -> {
                if (!denied[0])
                    quads.find(d, type, denial, (g3, s, o3) -> denied[0] = true);
            });
            for (Object subject : objects(claim, Vocab.SUBJECT)) {
                Facts f = facts.get(subject);
                if (f == null)
                    continue;
                f.allegations.add(claim);
                f.allegationSources.addAll(sources);
                f.claimants.addAll(claimants);
                f.aids.addAll(aided);
                if (denied[0])
                    f.denied.add(claim);
            }
        });
    }

    private EntityEntry entry(Object e, Facts f, Map<Object, Node> classes) {
        Node label = f.labels.entrySet().stream()
                .map(l -> Map.entry(quads.node(l.getKey()), l.getValue()))
                .min(Map.Entry.<Node, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey(BY_TERM)))
                .map(Map.Entry::getKey).orElse(null);
        EntityEntry.Accused accused = f.allegations.isEmpty() ? null
                : new EntityEntry.Accused(f.allegations.size(), f.allegationSources.size(), f.claimants.size(),
                f.denied.size(), f.defences.size(), nodes(f.aids));
        return new EntityEntry(quads.node(e), f.types.stream().map(classes::get).toList(), label, nodes(f.altLabels),
                nodes(f.sameAs), f.mentionedIn.size(), accused);
    }

    private List<Node> nodes(Set<Object> ids) {
        return ids.stream().map(quads::node).sorted(BY_TERM).toList();
    }

    private void known(Object entity, java.util.function.Consumer<Facts> action) {
        Facts f = facts.get(entity);
        if (f != null)
            action.accept(f);
    }

    private Set<Object> objects(Object s, Node p) {
        Set<Object> out = new LinkedHashSet<>();
        quads.find(s, quads.id(p), null, (g, s2, o) -> out.add(o));
        return out;
    }
}
