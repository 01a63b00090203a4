package org.techmil.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.tdb2.TDB2;
import org.techmil.extract.Entity;
import org.techmil.extract.EntityType;
import org.techmil.extract.Gazetteer;
import org.techmil.rdf.Vocab;
import org.techmil.store.Store;

/**
 * Every entity the gazetteer or the store knows, findable by normalised name ({@link Names}). The store's
 * entities include those an earlier list import created, so importing the same list again finds them again.
 */
public final class EntityIndex {
    static final String ENTITY_BASE = Vocab.BASE + "entity/";
    /** A word shared by more entities than this does not make them candidates for a fuzzy match. */
    private static final int COMMON_WORD = 15;

    private final Map<String, KnownEntity> byId = new LinkedHashMap<>();
    private final Map<String, Set<String>> idsByKey = new HashMap<>();
    private final Map<String, Set<String>> idsByWord = new HashMap<>();
    private final Map<String, String> idByWikidata = new HashMap<>();
    private final Map<String, String> countryIdByCode = new HashMap<>();

    /** A name match: the entity, the score from 0 to 1, and which of the entity's names matched. */
    public record Match(KnownEntity entity, double score, String matchedName) {
    }

    /** The gazetteer's entities, then the store's (which may add names and entities the gazetteer lacks). */
    public static EntityIndex of(Gazetteer gazetteer, Store store) {
        EntityIndex index = new EntityIndex();
        Set<String> inStore = store == null ? Set.of() : storeIds(store);
        for (Entity e : gazetteer.entities()) {
            List<String> names = new ArrayList<>();
            names.add(e.label());
            names.addAll(e.aliases());
            index.add(new KnownEntity(Vocab.iri(ENTITY_BASE + e.id()), e.id(), e.label(), e.type().localName(), names,
                    e.wikidata(), e.country(), inStore.contains(e.id())));
            if (e.type() == EntityType.COUNTRY && e.country() != null)
                index.countryIdByCode.putIfAbsent(e.country().toUpperCase(Locale.ROOT), e.id());
        }
        if (store != null)
            index.addStoreEntities(store);
        return index;
    }

    private static Set<String> storeIds(Store store) {
        Set<String> ids = new HashSet<>();
        select(store, "SELECT DISTINCT ?e WHERE { ?e a ?t ; <" + Vocab.RDFS + "label> ?l }",
                s -> {
                    String iri = s.getResource("e").getURI();
                    if (iri != null && iri.startsWith(ENTITY_BASE))
                        ids.add(iri.substring(ENTITY_BASE.length()));
                });
        return ids;
    }

    private void addStoreEntities(Store store) {
        Map<String, String[]> head = new LinkedHashMap<>();
        Map<String, Set<String>> alt = new HashMap<>();
        String types = "tm:TechFirm tm:MilitaryOrganisation tm:GovernmentBody tm:Country tm:Person tm:MediaOrganisation tm:Organisation";
        select(store, "PREFIX tm: <" + Vocab.TM + "> PREFIX rdfs: <" + Vocab.RDFS + "> PREFIX owl: <" + Vocab.OWL + ">"
                + " SELECT ?e ?t ?l (SAMPLE(?s) AS ?wd) WHERE { VALUES ?t { " + types + " } ?e a ?t ; rdfs:label ?l ."
                + " OPTIONAL { ?e owl:sameAs ?s FILTER(STRSTARTS(STR(?s), \"" + Vocab.WD + "\")) } } GROUP BY ?e ?t ?l",
                s -> head.putIfAbsent(s.getResource("e").getURI(), new String[]{
                        s.getResource("t").getLocalName(), s.getLiteral("l").getLexicalForm(),
                        s.contains("wd") ? s.getResource("wd").getURI().substring(Vocab.WD.length()) : null}));
        select(store, "PREFIX skos: <" + Vocab.SKOS + "> SELECT DISTINCT ?e ?a WHERE { ?e skos:altLabel ?a }",
                s -> alt.computeIfAbsent(s.getResource("e").getURI(), k -> new LinkedHashSet<>())
                        .add(s.getLiteral("a").getLexicalForm()));
        Map<String, String> countryOf = new HashMap<>();
        select(store, "PREFIX tm: <" + Vocab.TM + "> SELECT DISTINCT ?e ?c WHERE { ?e tm:country ?c }", s -> {
            String c = s.getResource("c").getURI();
            if (c != null && c.startsWith(ENTITY_BASE)) {
                KnownEntity country = byId.get(c.substring(ENTITY_BASE.length()));
                if (country != null && country.country() != null)
                    countryOf.putIfAbsent(s.getResource("e").getURI(), country.country());
            }
        });
        for (var en : head.entrySet()) {
            String iri = en.getKey();
            if (!iri.startsWith(ENTITY_BASE))
                continue;
            String id = iri.substring(ENTITY_BASE.length());
            String[] h = en.getValue();
            KnownEntity known = byId.get(id);
            List<String> names = new ArrayList<>();
            names.add(known != null ? known.label() : h[1]);
            if (known != null)
                names.addAll(known.names());
            names.add(h[1]);
            names.addAll(alt.getOrDefault(iri, Set.of()));
            List<String> distinct = new ArrayList<>(new LinkedHashSet<>(names));
            String wd = known != null && known.wikidata() != null ? known.wikidata() : h[2];
            add(new KnownEntity(Vocab.iri(iri), id, distinct.get(0), known != null ? known.type() : h[0], distinct, wd,
                    known != null && known.country() != null ? known.country() : countryOf.get(iri), true));
        }
    }

    private static void select(Store store, String sparql, java.util.function.Consumer<QuerySolution> each) {
        store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                ResultSet rs = qe.execSelect();
                rs.forEachRemaining(each);
            }
            return null;
        });
    }

    /** Adds or replaces an entity and indexes all its names. */
    public void add(KnownEntity e) {
        byId.put(e.id(), e);
        for (String name : e.names()) {
            for (String k : Names.keys(name))
                idsByKey.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(e.id());
            for (String w : Names.distinctWords(name))
                idsByWord.computeIfAbsent(w, x -> new LinkedHashSet<>()).add(e.id());
        }
        if (e.wikidata() != null)
            idByWikidata.putIfAbsent(e.wikidata(), e.id());
    }

    public Optional<KnownEntity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<KnownEntity> byWikidata(String qid) {
        return Optional.ofNullable(idByWikidata.get(qid)).map(byId::get);
    }

    /** The tm:Country entity of an ISO 3166-1 alpha-2 code, when the gazetteer has one. */
    public Optional<KnownEntity> country(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(countryIdByCode.get(code.toUpperCase(Locale.ROOT))).map(byId::get);
    }

    public Collection<KnownEntity> entities() {
        return byId.values();
    }

    /**
     * The best match for a listed firm among entities that pass {@code filter}: its names are tried in order (the
     * first is its main name; a match found only through a later name scores 5% less). Exact and near-exact
     * matches (same key, word order, leading place) come from the key index; otherwise candidates sharing an
     * uncommon word are scored by {@link Names#similarity}. When two entities tie for the best score, the score is
     * lowered by a fifth, so an ambiguous name rarely clears a threshold.
     */
    public Optional<Match> best(List<String> names, Predicate<KnownEntity> filter) {
        Map<String, Match> bestPerEntity = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            double factor = i == 0 ? 1.0 : 0.95;
            Set<String> candidates = new LinkedHashSet<>();
            for (String k : Names.keys(name))
                candidates.addAll(idsByKey.getOrDefault(k, Set.of()));
            if (candidates.isEmpty())
                for (String w : Names.distinctWords(name)) {
                    Set<String> ids = idsByWord.getOrDefault(w, Set.of());
                    if (ids.size() <= COMMON_WORD)
                        candidates.addAll(ids);
                }
            for (String id : candidates) {
                KnownEntity e = byId.get(id);
                if (!filter.test(e))
                    continue;
                for (String known : e.names()) {
                    double s = Names.similarity(name, known) * factor;
                    Match m = bestPerEntity.get(id);
                    if (m == null || s > m.score())
                        bestPerEntity.put(id, new Match(e, s, known));
                }
            }
        }
        List<Match> ranked = new ArrayList<>(bestPerEntity.values());
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        if (ranked.isEmpty() || ranked.get(0).score() <= 0)
            return Optional.empty();
        Match top = ranked.get(0);
        if (ranked.size() > 1 && ranked.get(1).score() >= top.score() - 1e-9)
            top = new Match(top.entity(), top.score() * 0.8, top.matchedName());
        return Optional.of(top);
    }

    /** A fresh entity id for a new name: its slug, or the slug with a number when that id is taken. */
    public String freshId(String name) {
        String base = Entity.slug(name);
        String id = base;
        for (int n = 2; byId.containsKey(id); n++)
            id = base + "-" + n;
        return id;
    }
}
