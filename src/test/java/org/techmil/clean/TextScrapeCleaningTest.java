package org.techmil.clean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextScrapeCleaningTest {
    private static Cleaner cleaner;
    private static CleanedArticle sectioned;
    private static CleanedArticle datelined;

    @BeforeAll
    static void cleanFixtures() throws Exception {
        cleaner = new Cleaner();
        sectioned = cleaner.clean(Fixtures.text("sectioned.txt", Fixtures.SECTIONED_SCRAPE));
        datelined = cleaner.clean(Fixtures.text("datelined.txt", Fixtures.DATELINE_SCRAPE));
    }

    @Test
    void viewingDateInPageHeaderIsNotThePublicationDate() {
        assertNull(sectioned.datePublished());
        assertFalse(sectioned.body().contains("2026"));
    }

    @Test
    void weatherLinesAreNotInTheBody() {
        assertFalse(sectioned.body().contains("14 °C"));
        assertFalse(sectioned.body().contains("Oslo\n"));
    }

    @Test
    void headlineIsTheTitleLineNearestTheBody() {
        assertEquals("Nordvik Aerial Signs Surveillance Drone Deal With Norwegian Navy", sectioned.headline());
        assertFalse(sectioned.body().contains("Drone Maker Signs Deal With Navy"));
    }

    @Test
    void bylineGivesTheAuthorAndStaysOutOfTheBody() {
        assertEquals("Ingrid Halvorsen", sectioned.author());
        assertFalse(sectioned.body().contains("Written by"));
        assertEquals("Tomas Lindqvist", datelined.author());
    }

    @Test
    void keepsBulletsAndSectionHeadingsInsideTheArticle() {
        String body = sectioned.body();
        assertTrue(body.startsWith("The Norwegian navy has agreed"), body);
        assertTrue(body.contains("\n\nWhat the contract covers\n\n"));
        assertTrue(body.contains("•  Ground stations for two coastal patrol squadrons"));
        assertTrue(body.contains("\n\nWhy it matters\n\n"));
        assertTrue(body.endsWith("open a second factory."), body);
    }

    @Test
    void dropsTeaserListAfterLatestHeading() {
        String body = sectioned.body();
        assertFalse(body.contains("Latest"));
        assertFalse(body.contains("Tram"));
        assertFalse(body.contains("Ferry"));
        assertFalse(body.contains("spot_img"));
    }

    @Test
    void datelineAtStartOfFirstParagraphGivesTheDateAndStaysInBody() {
        assertEquals(LocalDate.of(2026, 2, 9), datelined.datePublished());
        assertTrue(datelined.body().startsWith("Geneva, Feb 9, 2026: A European satellite operator"), datelined.body());
    }

    @Test
    void dropsPromptsAndFixedWidthTeaserSnippets() {
        String body = datelined.body();
        assertFalse(body.contains("newsletter"));
        assertFalse(body.contains("saved stories"));
        assertFalse(body.contains("Museum"));
        assertFalse(body.contains("coastal roads"));
        assertTrue(body.endsWith("military infrastructure across the region."), body);
        assertEquals(3, body.split("\n\n").length);
    }

    @Test
    void publishedLineGivesTheDate() throws Exception {
        String scrape = """
                Menu
                Home
                Chip Export Rules Tightened For Defence Buyers
                Published: 12 January 2026, 09:15 GMT
                New export rules announced on Monday require chip makers to obtain a licence before selling advanced processors to defence ministries abroad.
                The trade ministry said the change would take effect within thirty days and would be reviewed after a year.
                """;
        CleanedArticle a = cleaner.clean(Fixtures.text("published.txt", scrape));
        assertEquals(LocalDate.of(2026, 1, 12), a.datePublished());
        assertEquals("Chip Export Rules Tightened For Defence Buyers", a.headline());
        assertFalse(a.body().contains("Published"));
    }

    @Test
    void keepsCharactersExactlyAsInTheInput() throws Exception {
        String scrape = "Rocket Firm Wins Contract\r\n\r\nThe company’s “reusable” launcher — first flown in 2024 — won the award, officials said on Friday.\r\n";
        CleanedArticle a = cleaner.clean(Fixtures.text("quotes.txt", scrape));
        assertEquals("The company’s “reusable” launcher — first flown in 2024 — won the award, officials said on Friday.", a.body());
    }

    @Test
    void aReadMoreLinkBetweenTwoParagraphsDoesNotEndTheArticle() throws Exception {
        String scrape = "World News\n\nProsecutors charge five men over radar parts\n\n"
                + "Prosecutors on Tuesday charged five men with buying radar parts for a foreign army through two trading "
                + "companies, in a case that officials said showed how export rules are evaded.\n"
                + "Read more\n"
                + "Both trading companies denied any link to the men, and their lawyers said they would fight the charges "
                + "in court when the case opens next spring in the federal court of the district.\n"
                + "Related stories\nFerry strike ends\nCity council votes on budget\n";
        String body = cleaner.clean(Fixtures.text("inline.txt", scrape)).body();
        assertTrue(body.contains("Both trading companies denied"), body);
        assertFalse(body.contains("Ferry strike"), body);
        assertFalse(body.contains("Read more"), body);
    }

    @Test
    void aCopyCutOffMidSentenceKeepsItsLastParagraph() throws Exception {
        String scrape = "Trade News\n\nRegulator lists more suppliers\n\n"
                + "The trade regulator added 37 companies to its export blacklist this week for shipping controlled items "
                + "to a foreign army, in the largest listing of the year.\n"
                + "The regulator said the companies had ignored earlier warnings about their buyers.\n"
                + "The entities added for shipping items to the army include Orvane Aviation Technology Co., Ltd.; Vexa "
                + "Machinery Co., Ltd.; Kestrel Cryogenic Technology Co., Ltd.; and a";
        String body = cleaner.clean(Fixtures.text("cut.txt", scrape)).body();
        assertTrue(body.contains("The entities added for shipping"), body);
        assertTrue(body.startsWith("The trade regulator added"), body);
    }

    @Test
    void anAdvertisementSlotAndAOneLinePromptInsideTheStoryDoNotEndIt() throws Exception {
        String scrape = "World News\n\nEmbassy rejects sanctions claims\n\n"
                + "The embassy said late on Thursday that there was no basis for the claims, after the government put "
                + "sanctions on a trading company it accused of selling radar images to a mercenary group.\n"
                + "Advertisement\n"
                + "Follow our channel for the latest headlines on the app.\n"
                + "A source told reporters earlier this week that officials had watched the trading company for months "
                + "and had warned its owners twice before the sanctions were imposed on Thursday evening.\n"
                + "Related stories\nFerry strike ends\nCity council votes on budget\n";
        String body = cleaner.clean(Fixtures.text("slot.txt", scrape)).body();
        assertTrue(body.startsWith("The embassy said"), body);
        assertTrue(body.contains("A source told reporters"), body);
        assertFalse(body.contains("Ferry strike"), body);
    }

    @Test
    void aRepeatedAdvertisementLabelInsideTheStoryDoesNotEndIt() throws Exception {
        String scrape = "World News\n\nDefence list grows again\n\n"
                + "The defence ministry published a longer list of companies it links to the armed forces on Friday, and "
                + "then withdrew it from the register a few hours later without saying why.\n\n"
                + "Advertisement\nAdvertisement\n\n"
                + "Also remaining on the list are the two largest chip makers of the country and about a dozen of their "
                + "subsidiaries, along with a shipping group and several aircraft makers.\n"
                + "Related stories\nFerry strike ends\nCity council votes on budget\n";
        String body = cleaner.clean(Fixtures.text("slots.txt", scrape)).body();
        assertTrue(body.contains("Also remaining on the list"), body);
        assertFalse(body.contains("Advertisement"), body);
        assertFalse(body.contains("Ferry strike"), body);
    }

    @Test
    void hardWrappedWireCopyIsJoinedIntoParagraphs() throws Exception {
        String wrapped = """
                March 3 (Wire) - A federal court on Tuesday ruled against
                Pelmor Lidar in the sensor maker's lawsuit against the
                Defense Department for adding it to a list of companies
                said to work with China's military.
                The judge found that the department's finding was backed
                by substantial evidence of the sensors' military uses and
                of the company's ties to state research institutes.
                Pelmor, whose sensors guide self-driving cars, was listed
                early last year along with more than a dozen other Chinese-
                based firms.
                The company did not respond to a request for comment.
                """;
        CleanedArticle a = cleaner.clean(Fixtures.text("wrapped.txt", wrapped));
        assertTrue(a.body().startsWith("March 3 (Wire) - A federal court on Tuesday ruled against Pelmor Lidar in the sensor "
                + "maker's lawsuit against the Defense Department for adding it to a list of companies said to work with "
                + "China's military.\n"), a.body());
        assertTrue(a.body().contains("dozen other Chinese-based firms.\n"), a.body());
        assertTrue(a.body().endsWith("The company did not respond to a request for comment."), a.body());
    }

    @Test
    void raggedWrapsWithManyShortParagraphsAreStillJoined() throws Exception {
        String ragged = """
                Varnok Telecom praised by defence minister

                Hanoi (Wire) -
                The army-owned telecoms group Varnok Telecom has driven the spread
                of mobile service across the country,
                the defence minister said on Friday.

                Speaking at a meeting with Varnok managers on July 7,
                the minister also praised the group
                for supplying radios to the army.

                He asked the group to keep investing.

                Varnok said it would open two more research centres next year,
                one of them in the north, and that
                its engineers had finished testing a new
                military radio with the signal corps of the army.

                The minister said the ministry would help the group win
                more orders abroad and would back its plan to list
                a unit on the stock exchange.

                The group gave no figures.

                Analysts said the group's profits had risen for a decade,
                helped by its role as the army's main supplier
                of communications equipment.
                """;
        CleanedArticle a = cleaner.clean(Fixtures.text("ragged.txt", ragged));
        assertTrue(a.body().contains("Varnok Telecom has driven the spread of mobile service across the country, the defence "
                + "minister said on Friday."), a.body());
        assertTrue(a.body().contains("the minister also praised the group for supplying radios to the army."), a.body());
    }

    @Test
    void aTextWhoseProseRunIsTooShortIsReadWhole() throws Exception {
        String notes = """
                Varnok wins army radio order.
                Varnok
                to supply
                radios to the army
                under a two-year deal
                worth 40 million dollars,
                the ministry said,
                with the first sets due
                in the spring and the rest
                by the end of next year;
                the group did not comment
                on the price or the number of radios
                """;
        CleanedArticle a = cleaner.clean(Fixtures.text("notes.txt", notes));
        assertTrue(a.body().contains("worth 40 million dollars"), a.body());
    }

    @Test
    void shortNumberedItemsAfterAColonStayInTheArticle() throws Exception {
        String page = """
                Home | News | Markets

                The commerce ministry in Beijing added three US companies to its export control list on Thursday, \
                banning the export of dual-use items to them with immediate effect.

                The ministry said the step protects national security and meets the country's obligations. The full list includes:

                1. Pelmor Photonics
                2. Orvane Radar, Inc.
                3. Kestrel Drones

                The companies did not respond to requests for comment, and one of them said it had no business in China at all.

                Related stories
                """;
        CleanedArticle a = cleaner.clean(Fixtures.text("numbered.txt", page));
        assertTrue(a.body().contains("1. Pelmor Photonics\n"), a.body());
        assertTrue(a.body().contains("3. Kestrel Drones"), a.body());
    }

    @Test
    void aLastParagraphWithTheWiresSignOffStaysInTheArticle() throws Exception {
        String page = """
                Taipei investigators raided several offices of mainland-funded firms this week, officials said, in a \
                widening probe of talent poaching in the island's chip industry.

                Local firms must now seek approval before shipping high-tech products to blacklisted entities.

                In March, the Investigation Bureau confirmed probes into Pelmor Semiconductor over suspected recruitment. – AFP
                """;
        CleanedArticle a = cleaner.clean(Fixtures.text("signoff.txt", page));
        assertTrue(a.body().contains("confirmed probes into Pelmor Semiconductor"), a.body());
    }
}
