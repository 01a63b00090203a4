package org.techmil.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techmil.extract.KnowledgeBase;
import org.techmil.rdf.Vocab;

/** The grouping and counting rules, on small articles made up in memory (no store). */
class StoryAnalysisTest {
    private static StoryAnalysis analysis;
    private static final Node FIRM = entity("unitree-robotics");
    private static final Node ARMY = entity("peoples-liberation-army");
    private static final Node FCC = entity("fcc");

    @BeforeAll
    static void load() {
        analysis = new StoryAnalysis(new OutletFinder(KnowledgeBase.load(null).gazetteer(), SourceCues.load(null)));
    }

    private static Node entity(String id) {
        return Vocab.iri(Vocab.BASE + "entity/" + id);
    }

    private static StoryArticle article(String source, String date, String url, String body) {
        return new StoryArticle(Vocab.iri(Vocab.BASE + "article/" + source), source,
                date == null ? null : LocalDate.parse(date), "Headline of " + source, url, body, null);
    }

    private static StoryClaim claim(StoryArticle a, String type, Node s, Node o, List<Node> denies) {
        Node iri = Vocab.iri(a.iri().getURI() + "/claim/" + type.toLowerCase() + "/" + s.getURI().hashCode() + "/"
                + o.getURI().hashCode());
        return new StoryClaim(iri, a.iri(), type, s, o, List.of(), List.of(), denies);
    }

    private static StoryClaim allegation(StoryArticle a) {
        return claim(a, "Allegation", FIRM, ARMY, List.of());
    }

    /** Each story as the sorted source names of its articles. */
    private static Set<String> groups(StoryAnalysis.Result r) {
        return r.stories().stream()
                .map(s -> s.articles().stream().map(StoryArticle::source).collect(Collectors.joining(" + ")))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theSameClaimBetweenTheSamePartiesWithinTheWindowIsOneStory() {
        StoryArticle a = article("a", "2026-03-02", null, "Robots went to the army, officials said on Monday.");
        StoryArticle b = article("b", "2026-03-09", null, "A completely different wording of that same event.");
        StoryArticle c = article("c", "2026-05-01", null, "Months later the same allegation was repeated again.");
        var r = analysis.analyse(List.of(a, b, c), List.of(allegation(a), allegation(b), allegation(c)));
        assertEquals(Set.of("a + b", "c"), groups(r));
    }

    @Test
    void anUndatedArticleFitsAnyWindow() {
        StoryAnalysis.Result r = analysis.analyse(
                List.of(article("a", "2026-03-02", null, "One wording."), article("b", null, null, "Another.")),
                List.of(allegation(article("a", "2026-03-02", null, "One wording.")),
                        allegation(article("b", null, null, "Another."))));
        assertEquals(Set.of("a + b"), groups(r));
    }

    @Test
    void sharingOnlyADenialDoesNotMakeOneStory() {
        StoryArticle a = article("a", "2026-03-02", null, "The firm denied the accusations about its robots.");
        StoryArticle b = article("b", "2026-03-03", null, "Regulators opened a probe; the firm denied wrongdoing.");
        var r = analysis.analyse(List.of(a, b), List.of(allegation(a), claim(a, "Denial", FIRM, FIRM, List.of()),
                claim(b, "Investigation", FCC, FIRM, List.of()), claim(b, "Denial", FIRM, FIRM, List.of())));
        assertEquals(Set.of("a", "b"), groups(r));
    }

    @Test
    void twoOutletsCreditingOneReportRestOnOneOriginalSource() {
        StoryArticle a = article("a", "2025-11-15", null,
                "A White House memo accuses the firm of helping the army, according to a Financial Times report.");
        StoryArticle b = article("b", null, null,
                "The Financial Times reported that a memo alleges the firm supported the army.");
        var r = analysis.analyse(List.of(a, b), List.of(allegation(a), allegation(b)));
        assertEquals(1, r.stories().size());
        StoryAnalysis.Story s = r.stories().get(0);
        assertEquals(2, s.articles().size());
        assertEquals(2, s.outletCount());
        assertEquals(Set.of(entity("financial-times")), s.originalSources());
        StoryAnalysis.Assertion as = r.assertions().get(0);
        assertEquals(List.of(2, 2, 1), List.of(as.articleCount(), as.outletCount(), as.originalSources().size()));
        assertEquals(LocalDate.parse("2025-11-15"), as.first());
    }

    @Test
    void aReprintPointsAtTheEarliestCopyAndAddsNoSource() {
        String copy = "The Pentagon has accused the robot maker of supplying the army with legged robots, in the latest "
                + "sign of US concern over Chinese automation firms with links to the military, officials said.";
        StoryArticle later = article("z-later", "2026-03-04", "https://metro.example/x", copy + " More soon.");
        StoryArticle first = article("a-first", "2026-03-03", "https://harbour.example/y", copy);
        var r = analysis.analyse(List.of(later, first), List.of());
        assertEquals(first.iri(), r.articles().get(later.iri()).reprintOf());
        assertNull(r.articles().get(first.iri()).reprintOf());
        StoryAnalysis.Story s = r.stories().get(0);
        assertEquals(2, s.outletCount());
        assertEquals(Set.of(Vocab.iri(Vocab.BASE + "outlet/harbour-example")), s.originalSources());
    }

    @Test
    void aWireDatelineOnAnotherOutletsPageIsACreditedSource() {
        StoryArticle a = article("a", "2026-03-04", "https://metro.example/x", "BEIJING (Reuters) - Officials said.");
        StoryArticle b = article("b", "2026-03-04", null, "BEIJING (Reuters) - Officials said more.");
        var r = analysis.analyse(List.of(a, b), List.of());
        assertEquals("metro.example", r.articles().get(a.iri()).publisher().label());
        assertEquals(List.of("Reuters"), r.articles().get(a.iri()).cites().stream().map(Outlet::label).toList());
        assertEquals("Reuters", r.articles().get(b.iri()).publisher().label());
        assertEquals(List.of(), r.articles().get(b.iri()).cites());
    }

    @Test
    void aPublisherTheArticleGraphNamesComesFirst() {
        StoryArticle known = new StoryArticle(Vocab.iri(Vocab.BASE + "article/k"), "k", null, null,
                "https://harbour.example/x", "BEIJING (Reuters) - Officials said.",
                org.apache.jena.graph.NodeFactory.createLiteralString("The Wall Street Journal"));
        StoryArticle unknown = new StoryArticle(Vocab.iri(Vocab.BASE + "article/u"), "u", null, null, null,
                "Officials said so.", org.apache.jena.graph.NodeFactory.createLiteralString("Northline News"));
        var r = analysis.analyse(List.of(known, unknown), List.of());
        assertEquals(new Outlet(entity("wall-street-journal"), "The Wall Street Journal"),
                r.articles().get(known.iri()).publisher());
        assertEquals(List.of("Reuters"), r.articles().get(known.iri()).cites().stream().map(Outlet::label).toList());
        assertEquals(new Outlet(Vocab.iri(Vocab.BASE + "outlet/northline-news"), "Northline News"),
                r.articles().get(unknown.iri()).publisher());
    }

    @Test
    void denialsOfAnAllegationAreCountedWhetherLinkedOrInTheSameStory() {
        StoryArticle a = article("a", "2026-03-02", null, "Officials accused the firm; it denied the accusations.");
        StoryArticle b = article("b", "2026-03-03", null, "Another outlet; the firm rejected the claims there too.");
        StoryClaim alleged = allegation(a);
        var r = analysis.analyse(List.of(a, b), List.of(alleged, claim(a, "Denial", FIRM, FIRM, List.of(alleged.iri())),
                allegation(b), claim(b, "Denial", FIRM, FIRM, List.of())));
        StoryAnalysis.Assertion as = r.assertions().stream().filter(x -> x.type().equals("Allegation")).findFirst()
                .orElseThrow();
        assertEquals(2, as.denials().size());
    }

    @Test
    void inputOrderDoesNotChangeTheResult() {
        List<StoryArticle> arts = new ArrayList<>();
        List<StoryClaim> claims = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            StoryArticle a = article("art" + i, "2026-03-0" + (1 + i), null, "Text number " + i + " about robots.");
            arts.add(a);
            if (i % 2 == 0)
                claims.add(allegation(a));
        }
        var forward = analysis.analyse(arts, claims);
        var backward = analysis.analyse(arts.reversed(), claims.reversed());
        assertEquals(forward.stories(), backward.stories());
        assertEquals(forward.assertions(), backward.assertions());
        assertEquals(forward.articles(), backward.articles());
        assertEquals(StoryGraph.build(forward).size(), StoryGraph.build(backward).size());
        assertEquals(true, StoryGraph.build(forward).isIsomorphicWith(StoryGraph.build(backward)));
    }
}
