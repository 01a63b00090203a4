package org.techmil.rdf;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.techmil.annotate.Span;
import org.techmil.clean.CleanedArticle;
import org.techmil.extract.Claim;
import org.techmil.extract.ClaimType;
import org.techmil.extract.Entity;
import org.techmil.extract.EntityType;
import org.techmil.extract.Extraction;
import org.techmil.extract.Gazetteer;
import org.techmil.extract.Mention;

/**
 * Turns one article's extraction into the triples of its named graph: the article, the entities it mentions,
 * its claims with their evidence as Web Annotation selectors, and for each link claim the RDF 1.2 triple term
 * it is about ({@code rdf:reifies}), which is never asserted itself.
 */
public final class ArticleGraph {
    private static final int CONTEXT_CHARS = 32;
    private final Gazetteer gazetteer;
    private final Map<String, Entity> countryByCode = new HashMap<>();
    /** Every name and alias of a country, for the state's possessive that opens a body's name. */
    private final Set<String> countryNames = new java.util.HashSet<>();

    public ArticleGraph(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (Entity e : gazetteer.entities())
            if (e.type() == EntityType.COUNTRY) {
                if (e.country() != null)
                    countryByCode.putIfAbsent(e.country().toUpperCase(Locale.ROOT), e);
                countryNames.add(e.label());
                countryNames.addAll(e.aliases());
            }
    }

    private static final java.util.regex.Pattern STATE_POSSESSIVE = java.util.regex.Pattern.compile("^(.+?)['\u2019]s (\\p{Lu}.+)$");

    /**
     * "France's Ministry of the Armed Forces" is also "Ministry of the Armed Forces", "Ukraine's Security Service" also
     * "Security Service of Ukraine": a body named with its state's possessive (one the article found, or the gazetteer's
     * own) goes by its name without it and with the state after "of" too.
     */
    private Set<String> withoutStatePossessive(Entity e, Set<String> names) {
        Set<String> out = new LinkedHashSet<>();
        if (!e.type().isAuthority() && e.type() != EntityType.MILITARY)
            return out;
        for (String name : names) {
            java.util.regex.Matcher m = STATE_POSSESSIVE.matcher(name);
            if (m.matches() && countryNames.contains(m.group(1))) {
                out.add(m.group(2));
                out.add(m.group(2) + " of " + m.group(1)); // "Security Service of Ukraine"
            }
        }
        return out;
    }

    /** The article's IRI, which is also the name of its graph. */
    public static Node graphName(CleanedArticle article) {
        return Iris.article(article.source());
    }

    public Graph build(Extraction x) {
        Graph g = GraphFactory.createDefaultGraph();
        CleanedArticle a = x.article();
        Node art = graphName(a);
        String body = a.body();
        add(g, art, Vocab.TYPE, Vocab.ARTICLE);
        add(g, art, Vocab.TYPE, Vocab.NEWS_ARTICLE);
        add(g, art, Vocab.SOURCE_NAME, string(a.source()));
        add(g, art, Vocab.ARTICLE_BODY, string(body));
        if (a.headline() != null)
            add(g, art, Vocab.HEADLINE, string(a.headline()));
        if (a.datePublished() != null)
            add(g, art, Vocab.DATE_PUBLISHED, NodeFactory.createLiteralDT(a.datePublished().toString(), XSDDatatype.XSDdate));
        if (a.author() != null)
            add(g, art, Vocab.AUTHOR, string(a.author()));
        if (a.url() != null)
            add(g, art, Vocab.URL, urlNode(a.url()));

        Map<String, Set<String>> surfaceForms = surfaceForms(x.mentions(), body);
        for (Entity e : x.entities()) {
            Node en = Iris.entity(e);
            add(g, art, Vocab.MENTIONS, en);
            describe(g, e, surfaceForms.getOrDefault(e.id(), Set.of()));
        }
        for (Claim c : x.claims())
            addClaim(g, art, body, c);
        return g;
    }

    private void describe(Graph g, Entity e, Set<String> seenAs) {
        Node en = Iris.entity(e);
        add(g, en, Vocab.TYPE, Vocab.tm(e.type().localName()));
        add(g, en, Vocab.LABEL, string(e.label()));
        Set<String> alt = new LinkedHashSet<>(e.aliases());
        alt.addAll(seenAs);
        Set<String> named = new LinkedHashSet<>(alt);
        named.add(e.label());
        alt.addAll(withoutStatePossessive(e, named));
        alt.remove(e.label());
        for (String name : alt)
            add(g, en, Vocab.ALT_LABEL, string(name));
        if (e.wikidata() != null)
            add(g, en, Vocab.SAME_AS, Vocab.iri(Vocab.WD + e.wikidata()));
        if (e.country() != null && e.type() != EntityType.COUNTRY) {
            Entity country = countryByCode.get(e.country().toUpperCase(Locale.ROOT));
            if (country != null) {
                Node cn = Iris.entity(country);
                add(g, en, Vocab.COUNTRY, cn);
                add(g, cn, Vocab.TYPE, Vocab.tm(country.type().localName()));
                add(g, cn, Vocab.LABEL, string(country.label()));
            }
        }
        if (e.parent() != null)
            gazetteer.byId(e.parent()).ifPresent(p -> {
                add(g, en, Vocab.PARENT_ORGANIZATION, Iris.entity(p));
                add(g, Iris.entity(p), Vocab.TYPE, Vocab.tm(p.type().localName()));
                add(g, Iris.entity(p), Vocab.LABEL, string(p.label()));
            });
    }

    /** Names an article used for each entity, when they differ from its label (coreferring phrases excluded). */
    private static Map<String, Set<String>> surfaceForms(List<Mention> mentions, String body) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.COREFERENCE)
                continue;
            String s = m.span().coveredText(body).replaceAll("\\s+", " ");
            out.computeIfAbsent(m.entity().id(), k -> new LinkedHashSet<>()).add(s);
        }
        return out;
    }

    private void addClaim(Graph g, Node art, String body, Claim c) {
        Node cn = Iris.claim(art, c);
        Node s = Iris.entity(c.subject());
        Node o = Iris.entity(c.object());
        add(g, cn, Vocab.TYPE, Vocab.tm(c.type().localName()));
        add(g, cn, Vocab.SUBJECT, s);
        add(g, cn, Vocab.OBJECT, o);
        add(g, cn, Vocab.WAS_DERIVED_FROM, art);
        if (c.claimant() != null)
            add(g, cn, Vocab.CLAIMANT, Iris.entity(c.claimant()));
        add(g, cn, Vocab.CONFIDENCE, decimal(c.confidence()));
        if (c.detail() != null)
            add(g, cn, Vocab.DETAIL, string(c.detail()));
        add(g, cn, Vocab.RULE, string(c.rule()));
        add(g, cn, Vocab.HEDGED, NodeFactory.createLiteralDT(Boolean.toString(c.hedged()), XSDDatatype.XSDboolean));
        if (c.type().statementPredicate() != null) {
            Node statement = NodeFactory.createTripleTerm(Triple.create(s, Vocab.tm(c.type().statementPredicate()), o));
            add(g, cn, Vocab.REIFIES, statement);
        }
        for (String deniedKey : c.denies())
            add(g, cn, Vocab.DENIES, Vocab.iri(art.getURI() + "/claim/" + claimPath(deniedKey)));
        int i = 1;
        for (Span span : c.evidence())
            addEvidence(g, Iris.evidence(cn, i++), cn, body, span);
    }

    /** "Allegation alibaba-group pla" to the path segment that {@link Iris#claim} builds. */
    private static String claimPath(String key) {
        String[] parts = key.split(" ");
        return ClaimType.fromLocalName(parts[0]).localName().toLowerCase(Locale.ROOT) + "/" + parts[1] + "/" + parts[2];
    }

    private static void addEvidence(Graph g, Node ev, Node claim, String body, Span span) {
        int start = body.codePointCount(0, span.start());
        int end = start + body.codePointCount(span.start(), span.end());
        String quote = span.coveredText(body);
        add(g, claim, Vocab.HAS_EVIDENCE, ev);
        add(g, ev, Vocab.TYPE, Vocab.EVIDENCE);
        add(g, ev, Vocab.TYPE, Vocab.TEXT_QUOTE_SELECTOR);
        add(g, ev, Vocab.TYPE, Vocab.TEXT_POSITION_SELECTOR);
        add(g, ev, Vocab.QUOTE, string(quote));
        add(g, ev, Vocab.START, integer(start));
        add(g, ev, Vocab.END, integer(end));
        add(g, ev, Vocab.OA_EXACT, string(quote));
        add(g, ev, Vocab.OA_START, integer(start));
        add(g, ev, Vocab.OA_END, integer(end));
        String prefix = before(body, span.start());
        String suffix = after(body, span.end());
        if (!prefix.isEmpty())
            add(g, ev, Vocab.OA_PREFIX, string(prefix));
        if (!suffix.isEmpty())
            add(g, ev, Vocab.OA_SUFFIX, string(suffix));
    }

    /** Up to 32 code points before {@code index}, never splitting a surrogate pair. */
    static String before(String body, int index) {
        int from = index;
        for (int k = 0; k < CONTEXT_CHARS && from > 0; k++)
            from = body.offsetByCodePoints(from, -1);
        return body.substring(from, index);
    }

    static String after(String body, int index) {
        int to = index;
        for (int k = 0; k < CONTEXT_CHARS && to < body.length(); k++)
            to = body.offsetByCodePoints(to, 1);
        return body.substring(index, to);
    }

    private static Node urlNode(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            if (uri.isAbsolute())
                return Vocab.iri(uri.toString());
        } catch (java.net.URISyntaxException e) {
            // fall through to a literal
        }
        return string(url);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(BigInteger.valueOf(i).toString(), XSDDatatype.XSDinteger);
    }

    private static Node decimal(double d) {
        return NodeFactory.createLiteralDT(BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                XSDDatatype.XSDdecimal);
    }
}
