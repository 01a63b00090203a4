package org.techmil.clean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One small invented page per category of {@code extractor/clutter.json} (and per structural rule of the HTML
 * scorer), each showing what that rule keeps or drops.
 */
class ClutterRulesTest {
    private static Cleaner cleaner;

    /** Three sentences of invented article text, long enough to be chosen as the article. */
    private static final String P1 = "A naval logistics agency has awarded a three-year contract for fleet maintenance software "
            + "to a mid-sized engineering firm, the agency said in a statement on Tuesday.";
    private static final String P2 = "The firm, which already maintains port systems for two coastal cities, said it would "
            + "open a new office near the main naval base and hire local engineers.";
    private static final String P3 = "Officials said the software would track spare parts, repair schedules and the readiness "
            + "of each vessel, replacing a patchwork of older tools.";

    @BeforeAll
    static void setUp() {
        cleaner = new Cleaner();
    }

    private static String html(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static String paragraphs() {
        return "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>";
    }

    private static String cleanHtml(String page) throws Exception {
        return cleaner.clean(Fixtures.html("rule.html", page)).body();
    }

    private static CleanedArticle cleanText(String scrape) throws Exception {
        return cleaner.clean(Fixtures.text("rule.txt", scrape));
    }

    // ---- text scrapes ----

    @Test
    void teaserHeadingPrefixEndsTheArticleInAScrape() throws Exception {
        CleanedArticle a = cleanText(P1 + "\n" + P2 + "\n" + P3 + "\nMore from Harbour Post\n"
                + "A regional airline has ordered six new turboprop aircraft for its island routes, the company said.\n");
        assertTrue(a.body().endsWith("older tools."), a.body());
        assertFalse(a.body().contains("turboprop"));
    }

    @Test
    void commentCountLineIsABoundaryInAScrape() throws Exception {
        CleanedArticle a = cleanText(P1 + "\n" + P2 + "\n" + P3 + "\n34 Comments\n"
                + "I have worked with this firm before and they always deliver on time, which is more than can be said of others.\n");
        assertTrue(a.body().endsWith("older tools."), a.body());
        assertFalse(a.body().contains("deliver on time"));
    }

    @Test
    void boilerplatePromptLinesNeverEnterTheBody() throws Exception {
        CleanedArticle a = cleanText("Share\n" + P1 + "\nSubscribe to our daily briefing.\n" + P2 + "\n" + P3
                + "\nWe use cookies to improve your experience.\n");
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, a.body());
    }

    @Test
    void clockAndAgeLinesAreHeaderDebrisNotDates() throws Exception {
        CleanedArticle a = cleanText("10:42 am\n3 hours ago\n" + P1 + "\n" + P2 + "\n" + P3 + "\n");
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, a.body());
        assertEquals(null, a.datePublished());
    }

    @Test
    void updatedLineGivesTheDateWhenNoPublishedLineIsThere() throws Exception {
        CleanedArticle a = cleanText("Maintenance Software Contract Awarded\nLast updated: 4 March 2026\n" + P1 + "\n" + P2 + "\n");
        assertEquals(LocalDate.of(2026, 3, 4), a.datePublished());
        assertFalse(a.body().contains("updated"));
    }

    @Test
    void publishedLineWinsOverUpdatedLine() throws Exception {
        CleanedArticle a = cleanText("Maintenance Software Contract Awarded\nPublished: 2 March 2026\nUpdated: 4 March 2026\n"
                + P1 + "\n" + P2 + "\n");
        assertEquals(LocalDate.of(2026, 3, 2), a.datePublished());
    }

    @Test
    void bylineLineGivesTheAuthor() throws Exception {
        CleanedArticle a = cleanText("Maintenance Software Contract Awarded\nBy Anna Kowalska | Defence desk\n" + P1 + "\n" + P2 + "\n");
        assertEquals("Anna Kowalska", a.author());
        assertFalse(a.body().contains("Kowalska"));
    }

    @Test
    void bulletLinesStayInsideTheArticle() throws Exception {
        CleanedArticle a = cleanText(P1 + "\n▪ Spare parts tracking for every vessel\n▪ Repair schedules shared with the shipyards\n" + P2 + "\n");
        assertTrue(a.body().contains("\n\n▪ Spare parts tracking for every vessel\n\n"), a.body());
        assertTrue(a.body().endsWith("local engineers."), a.body());
    }

    // ---- HTML ----

    @Test
    void removeTagsDropAsideNoscriptAndFigcaption() throws Exception {
        String body = cleanHtml(html("", "<article>" + "<p>" + P1 + "</p>"
                + "<aside><p>Our sister title covers the shipbuilding industry in depth, every week, for subscribers.</p></aside>"
                + "<noscript><p>Please turn on scripts to see the interactive map of the naval bases.</p></noscript>"
                + "<figure><img src='a.jpg'><figcaption>The naval base at dawn, seen from the water.</figcaption></figure>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p></article>"));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void clutterWordInClassOrIdRemovesTheElement() throws Exception {
        String body = cleanHtml(html("", "<div class='story'>" + paragraphs()
                + "<div class='newsletter-box'><p>Get the defence briefing every morning, straight to you, free of charge.</p></div>"
                + "</div><div id='comment-thread'><p>This firm is the best choice the agency could have made, in my opinion.</p></div>"));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void clutterTokenMatchesWholeClassWordsOnly() throws Exception {
        String body = cleanHtml(html("", "<div class='story'><p class='lead'>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class='ad slot'><p>Special offer on fleet tracking hardware, this week only, while stocks last.</p></div>"
                + "<p>" + P3 + "</p></div>"));
        // "lead" holds the letters "ad" but is not the token "ad"; "ad slot" is
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void keepWordProtectsArticleBodyFromTokenRule() throws Exception {
        String body = cleanHtml(html("", "<div class='story-body print'>" + paragraphs() + "</div>"));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void negativeClassWordLosesToPositiveClassWord() throws Exception {
        String cards = "<div class='card-grid'><p>Harbour authority reviews mooring fees after complaints from local fishing "
                + "boat owners, who say costs rose sharply.</p><p>Ferry company adds a late departure on weekends, "
                + "following a rise in summer passengers, it said.</p></div>";
        String body = cleanHtml(html("", cards + "<div class='entry'>" + paragraphs() + "</div>"));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void hiddenElementsAreNotText() throws Exception {
        String body = cleanHtml(html("", "<article>" + paragraphs()
                + "<div style='display: none'><p>This text is for screen layouts that hide it, and nobody sees it.</p></div>"
                + "<p hidden>A hidden paragraph that the page never shows to anyone at all, ever.</p></article>"));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void linkDenseBlockInsideTheArticleIsDropped() throws Exception {
        String body = cleanHtml(html("", "<article><p>" + P1 + "</p>"
                + "<p><a href='/a'>Navy picks radar</a> <a href='/b'>Port strike ends</a> <a href='/c'>New frigate named</a></p>"
                + "<p>" + P2 + "</p><p>" + P3 + "</p></article>"));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void itempropArticleBodyIsChosenOverLongerSiblings() throws Exception {
        String other = "<div><p>" + P3 + " " + P3 + "</p><p>" + P2 + " " + P2 + "</p></div>";
        String body = cleanHtml(html("", other + "<div itemprop='articleBody'><p>" + P1 + "</p><p>" + P2 + "</p></div>"));
        assertEquals(P1 + "\n\n" + P2, body);
    }

    @Test
    void jsonLdArticleBodyIsUsedWhenThePageShowsLittleText() throws Exception {
        String declared = P1 + "\n" + P2 + "\n" + P3 + "\n" + P1.replace("Tuesday", "Monday");
        String ld = "<script type='application/ld+json'>{\"@type\": \"ReportageNewsArticle\", \"headline\": \"Contract awarded\", "
                + "\"articleBody\": \"" + declared.replace("\n", "\\n") + "\"}</script>";
        String body = cleanHtml(html(ld, "<div id='app'><p>Loading the article, please stand by for a moment.</p></div>"));
        assertTrue(body.startsWith(P1 + "\n\n" + P2), body);
        assertTrue(body.endsWith("on Monday."), body);
    }

    @Test
    void onlyArticleTypesOfJsonLdGiveTheHeadline() throws Exception {
        String ld = "<script type='application/ld+json'>[{\"@type\": \"WebSite\", \"name\": \"Harbour Post\"},"
                + "{\"@type\": \"BlogPosting\", \"headline\": \"Maintenance Software Contract Awarded\"}]</script>";
        CleanedArticle a = cleaner.clean(Fixtures.html("ld.html", html(ld, "<article>" + paragraphs() + "</article>")));
        assertEquals("Maintenance Software Contract Awarded", a.headline());
    }

    @Test
    void dateAndAuthorMetaTagsAreReadInOrderOfTrust() throws Exception {
        String head = "<meta name='dc.date' content='2026-01-05'><meta property='article:published_time' content='2026-01-07T08:00:00Z'>"
                + "<meta name='dc.creator' content='Piet de Vries'>";
        CleanedArticle a = cleaner.clean(Fixtures.html("meta.html", html(head, "<article>" + paragraphs() + "</article>")));
        assertEquals(LocalDate.of(2026, 1, 7), a.datePublished());
        assertEquals("Piet de Vries", a.author());
    }

    @Test
    void teaserHeadingInsideTheArticleElementEndsTheBody() throws Exception {
        String body = cleanHtml(html("", "<article>" + paragraphs() + "<h3>You might also like</h3>"
                + "<p>The coast guard has ordered four new patrol boats from a northern yard, to be delivered next year.</p></article>"));
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }
}
