package org.techmil.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.techmil.extract.Entity;
import org.techmil.rdf.Iris;
import org.techmil.rdf.Vocab;

/**
 * Groups articles into stories and claims into assertions, and works out each article's outlet, credited sources and
 * original source. A pure function of its inputs: the same articles and claims in any order give the same result.
 * <p>
 * Two articles tell the same story when their bodies are near duplicates (estimated Jaccard similarity of word
 * shingles at least {@link #NEAR_DUPLICATE}), or when both report the same claim (other than a denial) between the
 * same parties within {@link #WINDOW_DAYS} days (an undated article fits any window). Stories are the connected groups
 * of that relation. Among near duplicates, every later article is a reprint of the earliest one.
 */
public final class StoryAnalysis {
    /** Estimated share of shared shingles from which two bodies count as the same copy. */
    public static final double NEAR_DUPLICATE = 0.5;
    /** Largest gap in publication dates between two articles joined by a shared claim. */
    public static final int WINDOW_DAYS = 10;

    private final OutletFinder outlets;

    public StoryAnalysis(OutletFinder outlets) {
        this.outlets = outlets;
    }

    /** What the analysis finds about one article. */
    public record ArticleInfo(StoryArticle article, Outlet publisher, List<Outlet> cites, Node reprintOf,
                              Set<Node> origins) {
    }

    /** One story: its articles (sorted by source name) and what they add up to. */
    public record Story(Node iri, String label, List<StoryArticle> articles, int outletCount, Set<Node> originalSources,
                        LocalDate first, LocalDate last) {
    }

    /** All claims of one (type, subject, object), with their corroboration counts. */
    public record Assertion(Node iri, String type, Node subject, Node object, List<StoryClaim> claims,
                            int articleCount, int outletCount, Set<Node> originalSources, Set<Node> denials,
                            Set<Node> claimants, Set<Node> stories, LocalDate first, LocalDate last) {
    }

    public record Result(Map<Node, ArticleInfo> articles, List<Story> stories, List<Assertion> assertions) {
    }

    /**
     * An article reduced to what the analysis needs of it: its fields without the body (an empty body), the compact
     * MinHash signature of the body (null for an empty one), and the outlets its body names as dateline and as
     * credited sources. A few hundred bytes, so the story stage can hold one for every article of a large store.
     */
    public record Digest(StoryArticle article, int[] signature, Entity dateline, List<Entity> credited) {
        public Digest {
            credited = List.copyOf(credited);
        }
    }

    /** The digest of one article, read from its body. */
    public Digest digest(StoryArticle a) {
        String body = a.body();
        StoryArticle bare = new StoryArticle(a.iri(), a.source(), a.date(), a.headline(), a.url(), "", a.publisher());
        return new Digest(bare, MinHash.compact(MinHash.signature(MinHash.shingles(body))),
                outlets.dateline(body).orElse(null), outlets.credited(body));
    }

    public Result analyse(List<StoryArticle> input, List<StoryClaim> claimsIn) {
        List<Digest> digests = new ArrayList<>(input.size());
        for (StoryArticle a : input)
            digests.add(digest(a));
        return analyseDigests(digests, claimsIn);
    }

    /** {@link #analyse} over articles already digested: what the story stage runs over a whole store. */
    public Result analyseDigests(List<Digest> input, List<StoryClaim> claimsIn) {
        List<Digest> digests = new ArrayList<>(input);
        digests.sort(Comparator.comparing((Digest d) -> d.article().source()).thenComparing(d -> d.article().iri().getURI()));
        List<StoryArticle> articles = new ArrayList<>(digests.size());
        for (Digest d : digests)
            articles.add(d.article());
        List<StoryClaim> claims = new ArrayList<>(claimsIn);
        claims.sort(Comparator.comparing(c -> c.iri().getURI()));
        int n = articles.size();
        Map<Node, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++)
            index.put(articles.get(i).iri(), i);

        // near duplicates, found through MinHash bands (one band at a time, sorted by band key) and confirmed on the
        // whole signature; a pair already in one copy group needs no check
        UnionFind copies = new UnionFind(n);
        UnionFind stories = new UnionFind(n);
        int[] signed = java.util.stream.IntStream.range(0, n).filter(i -> digests.get(i).signature() != null).toArray();
        long[] keys = new long[n];
        for (int b = 0; b < MinHash.BANDS; b++) {
            for (int i : signed)
                keys[i] = MinHash.bandKey(digests.get(i).signature(), b);
            Integer[] order = new Integer[signed.length];
            for (int x = 0; x < signed.length; x++)
                order[x] = signed[x];
            java.util.Arrays.sort(order, (x, y) -> Long.compare(keys[x], keys[y]));
            for (int from = 0; from < order.length; ) {
                int to = from + 1;
                while (to < order.length && keys[order[to]] == keys[order[from]])
                    to++;
                for (int x = from; x < to; x++)
                    for (int y = x + 1; y < to; y++) {
                        int i = order[x];
                        int j = order[y];
                        if (copies.find(i) != copies.find(j)
                                && MinHash.similarity(digests.get(i).signature(), digests.get(j).signature()) >= NEAR_DUPLICATE) {
                            copies.union(i, j);
                            stories.union(i, j);
                        }
                    }
                from = to;
            }
        }

        // the same claim between the same parties within the window: an undated article joins the whole group;
        // among dated ones, neighbours in date order within the window join (which links every pair within it)
        Map<String, TreeSet<Integer>> byKey = new TreeMap<>();
        for (StoryClaim c : claims)
            if (!c.isDenial() && index.containsKey(c.article()))
                byKey.computeIfAbsent(c.key(), k -> new TreeSet<>()).add(index.get(c.article()));
        for (TreeSet<Integer> group : byKey.values()) {
            List<Integer> g = new ArrayList<>(group);
            if (g.stream().anyMatch(i -> articles.get(i).date() == null)) {
                for (int x = 1; x < g.size(); x++)
                    stories.union(g.get(0), g.get(x));
                continue;
            }
            g.sort(Comparator.comparing(i -> articles.get(i).date()));
            for (int x = 1; x < g.size(); x++)
                if (withinWindow(articles.get(g.get(x - 1)).date(), articles.get(g.get(x)).date()))
                    stories.union(g.get(x - 1), g.get(x));
        }

        // outlets, credits, reprints, origins
        Map<Node, ArticleInfo> infos = new LinkedHashMap<>();
        List<StoryArticle> inOrder = new ArrayList<>(articles);
        inOrder.sort(StoryArticle::byDateThenSource);
        Map<Integer, Integer> originalOfCopy = new HashMap<>();
        for (StoryArticle a : inOrder)
            originalOfCopy.putIfAbsent(copies.find(index.get(a.iri())), index.get(a.iri()));
        for (StoryArticle a : inOrder) {
            Outlet publisher = publisher(a);
            List<Outlet> cites = new ArrayList<>();
            Digest d = digests.get(index.get(a.iri()));
            Optional<Entity> dateline = Optional.ofNullable(d.dateline());
            if (dateline.isPresent() && (publisher == null || !publisher.iri().equals(Iris.entity(dateline.get()))))
                if (publisher == null)
                    publisher = outlet(dateline.get());
                else
                    cites.add(outlet(dateline.get()));
            for (Entity e : d.credited()) {
                Outlet o = outlet(e);
                if (!cites.contains(o) && (publisher == null || !publisher.iri().equals(o.iri())))
                    cites.add(o);
            }
            int original = originalOfCopy.get(copies.find(index.get(a.iri())));
            Node reprintOf = original == index.get(a.iri()) ? null : articles.get(original).iri();
            Set<Node> origins = new TreeSet<>(StoreReader.BY_IRI);
            if (!cites.isEmpty())
                cites.forEach(o -> origins.add(o.iri()));
            else if (reprintOf != null && infos.containsKey(reprintOf))
                origins.addAll(infos.get(reprintOf).origins());
            else
                origins.add(publisher != null ? publisher.iri() : a.iri());
            infos.put(a.iri(), new ArticleInfo(a, publisher, List.copyOf(cites), reprintOf, Set.copyOf(origins)));
        }
        Map<Node, ArticleInfo> sortedInfos = new TreeMap<>(StoreReader.BY_IRI);
        sortedInfos.putAll(infos);

        // stories
        Map<Integer, List<StoryArticle>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++)
            groups.computeIfAbsent(stories.find(i), k -> new ArrayList<>()).add(articles.get(i));
        Map<Node, List<StoryClaim>> claimsByArticle = new HashMap<>();
        for (StoryClaim c : claims)
            claimsByArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
        List<Story> storyList = new ArrayList<>();
        Map<Node, Node> storyOf = new HashMap<>();
        for (List<StoryArticle> members : groups.values()) {
            members.sort(Comparator.comparing(StoryArticle::source));
            Node iri = Vocab.iri(Vocab.BASE + "story/" + Hashes.digest(members.stream().map(StoryArticle::source).toList()));
            Set<Node> origins = new TreeSet<>(StoreReader.BY_IRI);
            for (StoryArticle a : members) {
                origins.addAll(claimOrigins(sortedInfos.get(a.iri()), claimsByArticle.getOrDefault(a.iri(), List.of())));
                storyOf.put(a.iri(), iri);
            }
            StoryArticle earliest = members.stream().min(StoryArticle::byDateThenSource).orElseThrow();
            String label = members.stream().filter(a -> a.headline() != null).min(StoryArticle::byDateThenSource)
                    .map(StoryArticle::headline).orElse(earliest.source());
            storyList.add(new Story(iri, label,
                    List.copyOf(members), outletCount(members, sortedInfos), Set.copyOf(origins), first(members),
                    last(members)));
        }
        storyList.sort(Comparator.comparing(s -> s.iri().getURI()));

        // assertions
        Map<String, List<StoryClaim>> byStatement = new TreeMap<>();
        for (StoryClaim c : claims)
            if (sortedInfos.containsKey(c.article()))
                byStatement.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
        Map<Node, List<StoryClaim>> denialsOfClaim = new HashMap<>();
        Map<Node, List<StoryClaim>> denialsOfFirm = new HashMap<>();
        for (StoryClaim d : claims)
            if (d.isDenial()) {
                d.denies().forEach(x -> denialsOfClaim.computeIfAbsent(x, k -> new ArrayList<>()).add(d));
                denialsOfFirm.computeIfAbsent(d.object(), k -> new ArrayList<>()).add(d);
            }
        List<Assertion> assertions = new ArrayList<>();
        for (List<StoryClaim> group : byStatement.values()) {
            StoryClaim any = group.get(0);
            List<StoryArticle> arts = group.stream().map(c -> sortedInfos.get(c.article()).article()).distinct()
                    .sorted(Comparator.comparing(StoryArticle::source)).toList();
            Set<Node> origins = new TreeSet<>(StoreReader.BY_IRI);
            Set<Node> claimants = new TreeSet<>(StoreReader.BY_IRI);
            Set<Node> storiesOf = new TreeSet<>(StoreReader.BY_IRI);
            Set<Node> gathered = new TreeSet<>(StoreReader.BY_IRI);
            for (StoryClaim c : group) {
                origins.addAll(claimOrigins(sortedInfos.get(c.article()), List.of(c)));
                claimants.addAll(c.claimants());
                storiesOf.add(storyOf.get(c.article()));
                gathered.add(c.iri());
            }
            Set<Node> denials = new TreeSet<>(StoreReader.BY_IRI);
            if (!any.isDenial()) {
                for (Node c : gathered)
                    denialsOfClaim.getOrDefault(c, List.of()).forEach(d -> denials.add(d.iri()));
                if (any.type().equals("Allegation"))
                    for (StoryClaim d : denialsOfFirm.getOrDefault(any.subject(), List.of()))
                        if (storiesOf.contains(storyOf.get(d.article())))
                            denials.add(d.iri());
            }
            Node iri = Vocab.iri(Vocab.BASE + "assertion/" + any.type().toLowerCase(java.util.Locale.ROOT) + "/"
                    + localId(any.subject()) + "/" + localId(any.object()));
            assertions.add(new Assertion(iri, any.type(), any.subject(), any.object(), List.copyOf(group), arts.size(),
                    outletCount(arts, sortedInfos), Set.copyOf(origins), Set.copyOf(denials), Set.copyOf(claimants),
                    Set.copyOf(storiesOf), first(arts), last(arts)));
        }
        assertions.sort(Comparator.comparing(a -> a.iri().getURI()));
        return new Result(sortedInfos, List.copyOf(storyList), List.copyOf(assertions));
    }

    /** Where a claim's reporting comes from: credited outlets and outlet claimants, else the article's own origin. */
    private static Set<Node> claimOrigins(ArticleInfo info, List<StoryClaim> claims) {
        Set<Node> out = new TreeSet<>(StoreReader.BY_IRI);
        info.cites().forEach(o -> out.add(o.iri()));
        for (StoryClaim c : claims)
            out.addAll(c.mediaClaimants());
        if (out.isEmpty())
            out.addAll(info.origins());
        return out;
    }

    /** Distinct publishers; an article whose publisher is unknown counts as an outlet of its own. */
    private static int outletCount(List<StoryArticle> members, Map<Node, ArticleInfo> infos) {
        Set<Node> seen = new TreeSet<>(StoreReader.BY_IRI);
        for (StoryArticle a : members) {
            Outlet p = infos.get(a.iri()).publisher();
            seen.add(p != null ? p.iri() : a.iri());
        }
        return seen.size();
    }

    private Outlet publisher(StoryArticle a) {
        if (a.publisher() != null && a.publisher().isURI())
            return new Outlet(a.publisher(), null);
        if (a.publisher() != null && a.publisher().isLiteral()) {
            String name = a.publisher().getLiteralLexicalForm().strip();
            Optional<Entity> named = outlets.byName(name);
            if (named.isPresent())
                return outlet(named.get());
            if (!name.isEmpty())
                return new Outlet(Vocab.iri(Vocab.BASE + "outlet/" + Entity.slug(name)), name);
        }
        Optional<Entity> known = outlets.byUrl(a.url());
        if (known.isPresent())
            return outlet(known.get());
        String host = OutletFinder.host(a.url());
        if (host != null)
            return new Outlet(Vocab.iri(Vocab.BASE + "outlet/" + Entity.slug(host)), host);
        return null;
    }

    private static Outlet outlet(Entity e) {
        return new Outlet(Iris.entity(e), e.label());
    }

    static boolean withinWindow(LocalDate a, LocalDate b) {
        return a == null || b == null || Math.abs(ChronoUnit.DAYS.between(a, b)) <= WINDOW_DAYS;
    }

    private static LocalDate first(List<StoryArticle> as) {
        return as.stream().map(StoryArticle::date).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate last(List<StoryArticle> as) {
        return as.stream().map(StoryArticle::date).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
    }

    /** The entity id at the end of an entity IRI, or a digest of any other IRI. */
    static String localId(Node n) {
        String iri = n.getURI();
        String prefix = Vocab.BASE + "entity/";
        return iri.startsWith(prefix) ? iri.substring(prefix.length()) : Hashes.digest(List.of(iri));
    }

    /** Union-find over article indexes; the representative of a set is its smallest index, so the result is stable. */
    static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++)
                parent[i] = i;
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
