package org.techmil.story;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.techmil.extract.Entity;
import org.techmil.extract.KnowledgeBase;

class OutletFinderTest {
    private static OutletFinder finder;

    @BeforeAll
    static void load() {
        finder = new OutletFinder(KnowledgeBase.load(null).gazetteer(), SourceCues.load(null));
    }

    private static List<String> credited(String body) {
        return finder.credited(body).stream().map(Entity::id).toList();
    }

    @Test
    void creditPhrasesBeforeTheNameNameTheSource() {
        assertEquals(List.of("financial-times"),
                credited("A memo accuses the firm of helping the army, according to a Financial Times report."));
        assertEquals(List.of("bloomberg-news"), credited("Shares fell, citing Bloomberg, after the listing."));
        assertEquals(List.of("wall-street-journal"),
                credited("The deal was first reported by The Wall Street Journal in May."));
        assertEquals(List.of("reuters"), credited("Two officials told Reuters that the order was cancelled."));
        assertEquals(List.of("cnbc"), credited("The minister said so in an interview with CNBC on Friday."));
        assertEquals(List.of("politico"), credited("The firm said in a statement to Politico that it had no comment."));
    }

    @Test
    void creditPhrasesAfterTheNameNameTheSource() {
        assertEquals(List.of("financial-times"), credited("The Financial Times reported that the memo says so."));
        assertEquals(List.of("the-guardian"), credited("A Guardian investigation found the files."));
        assertEquals(List.of("reuters"), credited("Reuters, which first reported the sale, said more."));
        assertEquals(List.of("semafor"), credited("Semafor has learned that the contract was signed."));
    }

    @Test
    void typographicApostrophesAndDashesAreFolded() {
        assertEquals(List.of("nikkei-asia"), credited("Nikkei’s report said the plant was closed."));
    }

    @Test
    void anOutletNamedWithoutACreditCueIsNotASource() {
        assertEquals(List.of(), credited("The firm bought advertising in the Financial Times and on CNN."));
        assertEquals(List.of(), credited("Reuters photographers were at the launch."));
    }

    @Test
    void eachSourceIsListedOnceInOrderOfFirstCredit() {
        assertEquals(List.of("reuters", "financial-times"),
                credited("Reuters reported the deal. The Financial Times reported it too, and Reuters reported more."));
    }

    @Test
    void aWireDatelineNamesTheOutletThatWroteTheCopy() {
        assertEquals(Optional.of("reuters"),
                finder.dateline("BEIJING, March 3, 2026 (Reuters) - The Pentagon said.").map(Entity::id));
        assertEquals(Optional.of("associated-press"),
                finder.dateline("WASHINGTON (AP) — Officials said on Monday.").map(Entity::id));
        assertEquals(Optional.empty(), finder.dateline("The Pentagon said (Reuters reported) more.").map(Entity::id));
        assertEquals(Optional.empty(),
                finder.dateline("A long opening sentence that goes on and on well past the dateline (Reuters) - x")
                        .map(Entity::id));
    }

    @Test
    void aWebAddressOfAKnownOutletNamesItsPublisher() {
        assertEquals(Optional.of("financial-times"),
                finder.byUrl("https://www.ft.com/content/abc").map(Entity::id));
        assertEquals(Optional.of("reuters"), finder.byUrl("https://www.reuters.com/world/x").map(Entity::id));
        assertEquals(Optional.empty(), finder.byUrl("https://harbourline.example/tech/x").map(Entity::id));
        assertEquals("harbourline.example", OutletFinder.host("https://www.harbourline.example/tech/x"));
        assertEquals(null, OutletFinder.host("not a url"));
        assertEquals(null, OutletFinder.host(null));
    }
}
