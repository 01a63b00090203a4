package org.techmil.clean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlCleaningTest {
    private static Cleaner cleaner;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
            <meta charset="utf-8">
            <title>Shipyard Picks Software Partner | Harbour Post</title>
            <meta property="og:title" content="Shipyard Picks Software Partner For Frigate Programme">
            <meta property="og:url" content="https://news.example.org/shipyard-software">
            <link rel="canonical" href="https://news.example.org/2026/02/shipyard-software">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Harbour Post"},
              {"@type": ["NewsArticle"], "headline": "Shipyard Picks Software Partner For Frigate Programme",
               "datePublished": "2026-02-20T07:45:00+01:00",
               "author": [{"@type": "Person", "name": "Maria Costa"}, {"@type": "Person", "name": "Jon Berg"}]}
            ]}
            </script>
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/defence">Defence</a> <a href="/tech">Technology</a></nav></header>
            <div class="breadcrumb"><a href="/">Home</a> › <a href="/defence">Defence</a></div>
            <main>
            <article>
              <h1>Shipyard Picks Software Partner For Frigate Programme</h1>
              <p class="byline">By Maria Costa and Jon Berg</p>
              <div class="article-body">
                <p>A state-owned shipyard has chosen a domestic software company to build the combat management system for its new frigates, the defence ministry said on Friday.</p>
                <p>The contract, whose value was not disclosed, covers sensors, data links and the operators' consoles, according to a ministry statement.</p>
                <div class="share-buttons"><a href="#">Share on X</a> <a href="#">Email</a></div>
                <h2>A first for the company</h2>
                <p>The software firm has until now supplied air-traffic and port-logistics systems, and said it would hire about two hundred engineers for the work.</p>
                <ul><li>Design phase: 2026 to 2027, in two stages</li><li>First ship at sea: 2029, after trials</li></ul>
                <figure><img src="x.jpg"><figcaption>The shipyard's dry dock, seen from the harbour.</figcaption></figure>
                <blockquote><p>"We will be ready for the first sea trials."</p><footer>— Ana Ruiz, the firm's chief engineer</footer></blockquote>
                <p>Critics in parliament questioned whether a company without naval experience could deliver on time.</p>
              </div>
            </article>
            <section class="related-stories"><h3>Related stories</h3>
              <ul><li><a href="/a">Harbour cranes replaced after storm damage to the quay</a></li>
              <li><a href="/b">Fishing quotas set for next season after long talks</a></li></ul></section>
            <div id="comments"><h3>Comments</h3><p>Great news for local jobs, I hope they deliver this time around!</p></div>
            </main>
            <footer><p>Copyright 2026 Harbour Post. All rights reserved.</p></footer>
            </body></html>
            """;

    @BeforeAll
    static void setUp() {
        cleaner = new Cleaner();
    }

    @Test
    void readsHeadlineDateAuthorsFromJsonLdGraph() throws Exception {
        CleanedArticle a = cleaner.clean(Fixtures.html("page.html", PAGE));
        assertEquals("Shipyard Picks Software Partner For Frigate Programme", a.headline());
        assertEquals(LocalDate.of(2026, 2, 20), a.datePublished());
        assertEquals("Maria Costa, Jon Berg", a.author());
    }

    @Test
    void prefersCanonicalLinkForTheUrl() throws Exception {
        CleanedArticle a = cleaner.clean(Fixtures.html("page.html", PAGE));
        assertEquals("https://news.example.org/2026/02/shipyard-software", a.url());
    }

    @Test
    void mainContentHasArticleParagraphsHeadingsAndListItemsInOrder() throws Exception {
        String body = cleaner.clean(Fixtures.html("page.html", PAGE)).body();
        assertTrue(body.startsWith("A state-owned shipyard has chosen"), body);
        assertTrue(body.contains("\n\nA first for the company\n\n"), body);
        assertTrue(body.contains("\n\nDesign phase: 2026 to 2027, in two stages\n\n"), body);
        assertTrue(body.endsWith("could deliver on time."), body);
        assertTrue(body.indexOf("operators' consoles") < body.indexOf("two hundred engineers"));
    }

    @Test
    void mainContentLeavesOutNavigationRelatedCommentsAndCaptions() throws Exception {
        String body = cleaner.clean(Fixtures.html("page.html", PAGE)).body();
        for (String clutter : new String[] {"Home", "Defence\n", "Harbour cranes", "Comments", "local jobs", "Share on",
                "dry dock", "All rights reserved", "Shipyard Picks Software Partner", "By Maria"})
            assertFalse(body.contains(clutter), clutter + " in: " + body);
    }

    @Test
    void fallsBackToOpenGraphAndMetaTags() throws Exception {
        String page = """
                <html><head>
                <meta property="og:title" content="Radar Supplier Opens Plant">
                <meta property="og:url" content="https://example.com/radar-plant">
                <meta property="article:published_time" content="2025-10-02T10:00:00Z">
                <meta name="author" content="Lea Novak">
                </head><body><div id="story">
                <p>A radar supplier opened a new assembly plant on Thursday, saying it would triple output of air-defence radars within two years.</p>
                <p>The company said the plant, built with a government loan, would employ around four hundred people when complete.</p>
                </div></body></html>
                """;
        CleanedArticle a = cleaner.clean(Fixtures.html("radar.html", page));
        assertEquals("Radar Supplier Opens Plant", a.headline());
        assertEquals(LocalDate.of(2025, 10, 2), a.datePublished());
        assertEquals("Lea Novak", a.author());
        assertEquals("https://example.com/radar-plant", a.url());
        assertTrue(a.body().startsWith("A radar supplier opened"));
    }

    @Test
    void readsDateFromTimeElementAndVisibleByline() throws Exception {
        String page = """
                <html><head><title>Cloud Deal - Example News</title></head><body>
                <article><h1>Cloud Deal Signed With Air Force</h1>
                <span class="author-name">Priya Raman</span> <time datetime="2025-07-14">14 July</time>
                <p>An American cloud provider has signed a five-year agreement to host logistics software for the air force, the service said.</p>
                <p>The deal follows a review of data-centre security, and includes a clause on where data may be stored.</p>
                </article></body></html>
                """;
        CleanedArticle a = cleaner.clean(Fixtures.html("cloud.html", page));
        assertEquals("Cloud Deal Signed With Air Force", a.headline());
        assertEquals(LocalDate.of(2025, 7, 14), a.datePublished());
        assertEquals("Priya Raman", a.author());
    }

    @Test
    void keepsWhoSaidABlockQuotationButNotThePageFooter() throws Exception {
        String body = cleaner.clean(Fixtures.html("page.html", PAGE)).body();
        assertTrue(body.contains("Ana Ruiz, the firm's chief engineer"), body);
        assertFalse(body.contains("All rights reserved"), body);
    }

    @Test
    void aReadMoreLinkBetweenTwoParagraphsDoesNotEndTheArticle() throws Exception {
        String page = "<html><head><title>Prosecutors charge five men</title></head><body><article>"
                + "<h1>Prosecutors charge five men over radar parts</h1>"
                + "<p>Prosecutors on Tuesday charged five men with buying radar parts for a foreign army through two "
                + "trading companies, in a case that officials said showed how export rules are evaded by brokers.</p>"
                + "<p>The indictment says the parts were shipped through three countries over four years, and that the "
                + "men used false end-user certificates to hide where they were going.</p>"
                + "<p>Read more</p>"
                + "<p>Both trading companies denied any link to the men, and their lawyers said they would fight the "
                + "charges in court when the case opens next spring in the federal court of the district.</p>"
                + "<h2>Related stories</h2><p>Ferry strike ends</p></article></body></html>";
        String body = cleaner.clean(Fixtures.html("inline.html", page)).body();
        assertTrue(body.contains("Both trading companies denied"), body);
        assertFalse(body.contains("Ferry strike"), body);
    }
}
