package org.techmil.link;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.techmil.extract.Entity;
import org.techmil.rdf.Vocab;
import org.techmil.store.Store;

/**
 * Imports one version of a designation list into a store.
 * <p>
 * Each version lives in its own named graph, {@code graph/list/<dataset>/<version>}, rebuilt from the file alone,
 * so importing the same file twice changes nothing. Its dataset node ({@code dcat:Dataset}) says what the file is,
 * who publishes it, which version and when it was first imported. Each listed organisation becomes a
 * {@code tm:Designation} derived from that node. A second graph per list, {@code graph/list/<dataset>/status},
 * is recomputed from all imported versions on every import: a designation that a later version no longer carries
 * gets {@code tm:endDate} (the date of the first version without it) and {@code tm:delistedIn} (that version).
 * Nothing is ever deleted. Both graphs are written in one transaction.
 */
public final class ListImporter {
    /** Options of one import. Null values mean "work it out from the file". */
    public record Options(String dataset, String title, String version, LocalDate versionDate, double threshold,
                          String rule) {
    }

    /** What an import did, for the one-line summary. */
    public record Summary(String dataset, String version, int rows, int designations, int matched, int newEntities,
                          Map<ListEntry.Kind, Integer> skipped, int ended, int versions) {
        public String line() {
            StringBuilder skip = new StringBuilder();
            skipped.forEach((k, n) -> skip.append(skip.isEmpty() ? "" : ", ").append(n).append(' ')
                    .append(k.name().toLowerCase(Locale.ROOT)).append(n == 1 ? "" : "s"));
            int skippedRows = skipped.values().stream().mapToInt(Integer::intValue).sum();
            return String.format(Locale.ROOT, "imported %s version %s: %s, %s (%s matched, %s), %s skipped%s; %s ended across %s",
                    dataset, version, n(rows, "row"), n(designations, "designation"), n(matched, "firm"),
                    n(newEntities, "new entity", "new entities"), n(skippedRows, "row"),
                    skip.isEmpty() ? "" : " (" + skip + ")", n(ended, "designation"), n(versions, "version"));
        }
    }

    private static String n(int count, String one) {
        return n(count, one, one + "s");
    }

    private static String n(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private final Store store;
    private final EntityIndex index;

    public ListImporter(Store store, EntityIndex index) {
        this.store = store;
        this.index = index;
    }

    public static Node graphName(String dataset, String version) {
        return Vocab.iri(LinkTerms.GRAPH_BASE + "list/" + dataset + "/" + version);
    }

    public static Node statusGraphName(String dataset) {
        return Vocab.iri(LinkTerms.GRAPH_BASE + "list/" + dataset + "/status");
    }

    static Node seriesNode(String dataset) {
        return Vocab.iri(LinkTerms.DATASET_BASE + dataset);
    }

    static Node versionNode(String dataset, String version) {
        return Vocab.iri(LinkTerms.DATASET_BASE + dataset + "/" + version);
    }

    public Summary importList(ListFile file, String fileName, byte[] content, Options o) {
        String dataset = Entity.slug(o.dataset() != null ? o.dataset() : file.datasetId() != null ? file.datasetId() : "list");
        LocalDate date = o.versionDate() != null ? o.versionDate() : file.versionDate();
        if (date == null)
            throw new IllegalArgumentException(fileName + ": the file does not say when it was issued; give --date YYYY-MM-DD");
        String version = Entity.slug(o.version() != null ? o.version() : date.toString());
        Node graphName = graphName(dataset, version);
        Node versionNode = versionNode(dataset, version);
        String title = o.title() != null ? o.title() : file.title();

        Graph g = GraphFactory.createDefaultGraph();
        Node series = seriesNode(dataset);
        Rdf.add(g, series, Vocab.TYPE, LinkTerms.DATASET);
        Rdf.add(g, series, LinkTerms.TITLE, Rdf.string(title));
        Rdf.add(g, series, LinkTerms.PUBLISHER, Rdf.string(file.publisher()));
        Rdf.add(g, versionNode, Vocab.TYPE, LinkTerms.DATASET);
        Rdf.add(g, versionNode, LinkTerms.TITLE, Rdf.string(title + ", version " + version));
        Rdf.add(g, versionNode, LinkTerms.PUBLISHER, Rdf.string(file.publisher()));
        Rdf.add(g, versionNode, LinkTerms.IS_VERSION_OF, series);
        Rdf.add(g, versionNode, LinkTerms.DCAT_VERSION, Rdf.string(version));
        Rdf.add(g, versionNode, LinkTerms.ISSUED, Rdf.date(date));
        Rdf.add(g, versionNode, LinkTerms.SOURCE, Rdf.string(fileName));
        Rdf.add(g, versionNode, LinkTerms.IDENTIFIER, Rdf.string("sha256:" + sha256(content)));

        int designations = 0;
        int matched = 0;
        int created = 0;
        Map<ListEntry.Kind, Integer> skipped = new EnumMap<>(ListEntry.Kind.class);
        Map<Node, ClaimState> claims = new LinkedHashMap<>();
        Map<String, KnownEntity> createdBodies = new HashMap<>();
        Set<String> matchedFirms = new HashSet<>();
        Set<String> createdFirms = new HashSet<>();
        for (ListEntry e : file.entries()) {
            if (e.kind() != ListEntry.Kind.ORGANISATION) {
                skipped.merge(e.kind(), 1, Integer::sum);
                continue;
            }
            ListingBodies.Listing listing = ListingBodies.of(e);
            KnownEntity body = body(listing, title, createdBodies);
            String detail = listing.detail() != null ? listing.detail() : title;
            var match = index.best(e.names(), k -> k.isOrganisation() && !k.id().equals(body.id()));
            KnownEntity firm;
            double score;
            boolean isNew = false;
            if (match.isPresent() && match.get().score() >= o.threshold()) {
                firm = match.get().entity();
                score = match.get().score();
                matchedFirms.add(firm.id());
            } else {
                firm = newFirm(e);
                score = 1.0;
                isNew = true;
                createdFirms.add(firm.id());
            }
            Rdf.describe(g, body, index);
            Rdf.describe(g, firm, index);
            for (String n : e.names())
                if (!n.equals(firm.label()))
                    Rdf.add(g, firm.iri(), Vocab.ALT_LABEL, Rdf.string(n));

            String key = body.id() + "/" + firm.id() + "/" + Entity.slug(detail);
            Node claim = Vocab.iri(versionNode.getURI() + "/claim/" + key);
            ClaimState st = claims.computeIfAbsent(claim, c -> new ClaimState());
            if (st.evidence == 0) {
                designations++;
                Rdf.add(g, claim, Vocab.TYPE, LinkTerms.DESIGNATION);
                Rdf.add(g, claim, Vocab.SUBJECT, body.iri());
                Rdf.add(g, claim, Vocab.OBJECT, firm.iri());
                Rdf.add(g, claim, Vocab.DETAIL, Rdf.string(detail));
                Rdf.add(g, claim, Vocab.WAS_DERIVED_FROM, versionNode);
                Rdf.add(g, claim, Vocab.RULE, Rdf.string(o.rule()));
                Rdf.add(g, claim, Vocab.REIFIES, NodeFactory.createTripleTerm(
                        Triple.create(body.iri(), LinkTerms.DESIGNATES, firm.iri())));
            }
            st.score = Math.max(st.score, score);
            st.matchedName = isNew ? e.name() : match.get().matchedName();
            if (e.start() != null && (st.start == null || e.start().isBefore(st.start)))
                st.start = e.start();
            for (String p : e.programmes())
                Rdf.add(g, claim, LinkTerms.PROGRAMME, Rdf.string(p));
            addEvidence(g, claim, ++st.evidence, e);
        }
        for (var c : claims.entrySet()) {
            ClaimState st = c.getValue();
            Rdf.add(g, c.getKey(), Vocab.CONFIDENCE, Rdf.decimal(st.score));
            // a new entity is named by the listed name itself, so it matches with score 1
            Rdf.add(g, c.getKey(), LinkTerms.MATCH_SCORE, Rdf.decimal(st.score));
            Rdf.add(g, c.getKey(), LinkTerms.MATCHED_NAME, Rdf.string(st.matchedName));
            if (st.start != null)
                Rdf.add(g, c.getKey(), LinkTerms.START_DATE, Rdf.date(st.start));
        }
        matched = matchedFirms.size();
        created = createdFirms.size() + createdBodies.size();

        int[] status = new int[2];
        String sha = "sha256:" + sha256(content);
        store.write(() -> {
            DatasetGraph dsg = store.datasetGraph();
            Node firstImported = firstImport(dsg, graphName, versionNode, sha);
            Rdf.add(g, versionNode, LinkTerms.GENERATED_AT, firstImported);
            dsg.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
            g.find().forEachRemaining(t -> dsg.add(new Quad(graphName, t)));
            int[] s = recomputeStatus(dsg, dataset);
            status[0] = s[0];
            status[1] = s[1];
        });
        return new Summary(dataset, version, file.entries().size(), designations, matched, created, skipped, status[0],
                status[1]);
    }

    private static final class ClaimState {
        int evidence;
        double score;
        String matchedName;
        LocalDate start;
    }

    /** When this version was first imported: kept from the store when the same file was imported before. */
    private static Node firstImport(DatasetGraph dsg, Node graphName, Node versionNode, String sha) {
        boolean sameFile = dsg.contains(graphName, versionNode, LinkTerms.IDENTIFIER, Rdf.string(sha));
        if (sameFile) {
            var it = dsg.find(graphName, versionNode, LinkTerms.GENERATED_AT, Node.ANY);
            if (it.hasNext())
                return it.next().getObject();
        }
        return Rdf.dateTime(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private KnownEntity body(ListingBodies.Listing listing, String title, Map<String, KnownEntity> created) {
        if (listing.bodyId() != null) {
            var known = index.byId(listing.bodyId());
            if (known.isPresent())
                return known.get();
        }
        String name = listing.bodyName() != null ? listing.bodyName() : title;
        var m = index.best(List.of(name), k -> k.type().equals("GovernmentBody") || k.type().equals("MilitaryOrganisation"));
        if (m.isPresent() && m.get().score() >= 0.9)
            return m.get().entity();
        return created.computeIfAbsent(Names.key(name), k -> {
            String id = index.freshId(name);
            KnownEntity e = new KnownEntity(Vocab.iri(EntityIndex.ENTITY_BASE + id), id, name, "GovernmentBody",
                    List.of(name), null, null, false);
            index.add(e);
            return e;
        });
    }

    private KnownEntity newFirm(ListEntry e) {
        String id = index.freshId(e.name());
        KnownEntity k = new KnownEntity(Vocab.iri(EntityIndex.ENTITY_BASE + id), id, e.name(), "TechFirm", e.names(),
                null, e.country(), false);
        index.add(k);
        return k;
    }

    /** The listed name as quoted evidence: offsets count into the name field of the row, which the node names. */
    private static void addEvidence(Graph g, Node claim, int n, ListEntry e) {
        Node ev = Vocab.iri(claim.getURI() + "/evidence/" + n);
        int len = e.name().codePointCount(0, e.name().length());
        Rdf.add(g, claim, Vocab.HAS_EVIDENCE, ev);
        Rdf.add(g, ev, Vocab.TYPE, Vocab.EVIDENCE);
        Rdf.add(g, ev, Vocab.TYPE, Vocab.TEXT_QUOTE_SELECTOR);
        Rdf.add(g, ev, Vocab.TYPE, Vocab.TEXT_POSITION_SELECTOR);
        Rdf.add(g, ev, Vocab.QUOTE, Rdf.string(e.name()));
        Rdf.add(g, ev, Vocab.START, Rdf.integer(0));
        Rdf.add(g, ev, Vocab.END, Rdf.integer(len));
        Rdf.add(g, ev, Vocab.OA_EXACT, Rdf.string(e.name()));
        Rdf.add(g, ev, Vocab.OA_START, Rdf.integer(0));
        Rdf.add(g, ev, Vocab.OA_END, Rdf.integer(len));
        Rdf.add(g, ev, LinkTerms.SOURCE_ROW, Rdf.integer(e.row()));
        if (e.recordId() != null)
            Rdf.add(g, ev, LinkTerms.RECORD_ID, Rdf.string(e.recordId()));
        if (e.sourceUrl() != null && e.sourceUrl().matches("https?://\\S+"))
            Rdf.add(g, ev, LinkTerms.SEE_ALSO, Vocab.iri(e.sourceUrl()));
    }

    /**
     * Rewrites the status graph of {@code dataset} from its version graphs: for each designation key
     * (body/firm/list), each run of consecutive versions that carry it ends at the first version that does not,
     * and every claim of that run gets that version's date as tm:endDate. Returns {ended claims, versions}.
     */
    static int[] recomputeStatus(DatasetGraph dsg, String dataset) {
        String prefix = LinkTerms.GRAPH_BASE + "list/" + dataset + "/";
        Node statusGraph = statusGraphName(dataset);
        TreeMap<String, Node[]> versions = new TreeMap<>();
        Map<Node, Map<String, Node>> claimsByVersion = new HashMap<>();
        dsg.listGraphNodes().forEachRemaining(gn -> {
            if (!gn.isURI() || !gn.getURI().startsWith(prefix) || gn.equals(statusGraph))
                return;
            String version = gn.getURI().substring(prefix.length());
            Node vn = versionNode(dataset, version);
            var issued = dsg.find(gn, vn, LinkTerms.ISSUED, Node.ANY);
            if (!issued.hasNext())
                return;
            String date = issued.next().getObject().getLiteralLexicalForm();
            versions.put(date + " " + version, new Node[]{vn});
            Map<String, Node> claims = new HashMap<>();
            String claimPrefix = vn.getURI() + "/claim/";
            dsg.find(gn, Node.ANY, Vocab.TYPE, LinkTerms.DESIGNATION).forEachRemaining(q -> {
                String iri = q.getSubject().getURI();
                if (iri.startsWith(claimPrefix))
                    claims.put(iri.substring(claimPrefix.length()), q.getSubject());
            });
            claimsByVersion.put(vn, claims);
        });
        dsg.deleteAny(statusGraph, Node.ANY, Node.ANY, Node.ANY);
        List<Node> ordered = versions.values().stream().map(a -> a[0]).toList();
        List<String> dates = versions.keySet().stream().map(k -> k.substring(0, k.indexOf(' '))).toList();
        Set<String> keys = new HashSet<>();
        claimsByVersion.values().forEach(m -> keys.addAll(m.keySet()));
        int ended = 0;
        for (String key : keys) {
            List<Node> run = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                Node claim = claimsByVersion.get(ordered.get(i)).get(key);
                if (claim != null) {
                    run.add(claim);
                } else if (!run.isEmpty()) {
                    Node endDate = Rdf.date(LocalDate.parse(dates.get(i)));
                    for (Node c : run) {
                        dsg.add(statusGraph, c, LinkTerms.END_DATE, endDate);
                        dsg.add(statusGraph, c, LinkTerms.DELISTED_IN, ordered.get(i));
                        ended++;
                    }
                    run.clear();
                }
            }
        }
        return new int[]{ended, ordered.size()};
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
