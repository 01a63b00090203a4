package org.techmil.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter(Set.of("u.s", "dr", "nov", "inc", "co", "ltd"));

    private List<String> split(String text) {
        return splitter.split(text).stream().map(s -> s.coveredText(text)).toList();
    }

    @Test
    void doesNotSplitAfterAbbreviationsOrInitials() {
        assertEquals(List.of("The U.S. Army met Dr. Roe on Nov. 3.", "Then it left."),
                split("The U.S. Army met Dr. Roe on Nov. 3. Then it left."));
    }

    @Test
    void aFirmsLegalFormEndsASentenceBeforeAWordThatOpensOne() {
        assertEquals(List.of("The Pentagon added Nio Inc.", "Other additions include Trina Solar Co. Ltd. and BOE."),
                split("The Pentagon added Nio Inc. Other additions include Trina Solar Co. Ltd. and BOE."));
        assertEquals(List.of("Shares of Nio Inc. Rose 3% in New York."), split("Shares of Nio Inc. Rose 3% in New York."));
    }

    @Test
    void splitsAfterClosingQuotesAndAtLineBreaks() {
        assertEquals(List.of("\u201CWe deny it.\u201D", "She left.", "Heading"),
                split("\u201CWe deny it.\u201D She left.\nHeading"));
    }

    @Test
    void quotesSpanTheirMarks() {
        String t = "He said \u201Cno\u201D and \"yes\".";
        List<Span> q = QuoteFinder.find(t);
        assertEquals(List.of("\u201Cno\u201D", "\"yes\""), q.stream().map(s -> s.coveredText(t)).toList());
    }

    @Test
    void spanRejectsReversedBounds() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Span(5, 2));
    }
}
