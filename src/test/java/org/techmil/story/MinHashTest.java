package org.techmil.story;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class MinHashTest {
    private static final String WIRE = "The Pentagon has accused Unitree Robotics of supplying the People's Liberation "
            + "Army with legged robots, in the latest sign of US concern over Chinese automation firms with links to the "
            + "military. US defence officials said the robots had been seen in army exercises near the Taiwan Strait "
            + "carrying cameras and, in one case, a rifle. Unitree dismissed the accusations as groundless and said it "
            + "follows export rules in every market where it sells.";
    private static final String REPRINT = "BEIJING (Reuters) - " + WIRE.replace("rifle", "light rifle")
            + " Metro Ledger carries wire copy.";
    private static final String REWRITE = "Chinese robot maker Unitree Robotics provided robotic dogs to the "
            + "People's Liberation Army, according to officials at the Pentagon, who say the machines are being "
            + "trained to carry sensors and light weapons. Unitree rejected the claims in a short statement.";

    @Test
    void identicalTextsAreFullySimilar() {
        long[] a = MinHash.signature(MinHash.shingles(WIRE));
        assertEquals(1.0, MinHash.similarity(a, MinHash.signature(MinHash.shingles(WIRE))));
    }

    @Test
    void aReprintWithSmallEditsIsANearDuplicate() {
        double s = MinHash.similarity(MinHash.signature(MinHash.shingles(WIRE)),
                MinHash.signature(MinHash.shingles(REPRINT)));
        assertTrue(s >= StoryAnalysis.NEAR_DUPLICATE, "reprint similarity " + s);
    }

    @Test
    void aRewriteInOtherWordsIsNotANearDuplicate() {
        double s = MinHash.similarity(MinHash.signature(MinHash.shingles(WIRE)),
                MinHash.signature(MinHash.shingles(REWRITE)));
        assertTrue(s < 0.2, "rewrite similarity " + s);
    }

    @Test
    void theEstimateIsCloseToTheExactJaccardSimilarity() {
        Set<Long> a = MinHash.shingles(WIRE);
        Set<Long> b = MinHash.shingles(REPRINT);
        double exact = MinHash.jaccard(a, b);
        double estimate = MinHash.similarity(MinHash.signature(a), MinHash.signature(b));
        assertEquals(exact, estimate, 0.15, "exact " + exact + ", estimate " + estimate);
    }

    @Test
    void signaturesAreTheSameOnEveryRunAndIgnoreCaseAndPunctuation() {
        assertArrayEquals(MinHash.signature(MinHash.shingles(WIRE)),
                MinHash.signature(MinHash.shingles(WIRE.toUpperCase(java.util.Locale.ROOT).replace(",", " ;"))));
        // a fixed value guards against hash functions that change between runs or versions
        assertEquals(MinHash.mix(MinHash.hash("the pentagon has accused")),
                MinHash.mix(MinHash.hash("the pentagon has accused")));
        assertEquals(Long.MAX_VALUE, MinHash.signature(MinHash.shingles("  ,; "))[0]);
    }

    @Test
    void shortTextsStillGetOneShingle() {
        assertEquals(1, MinHash.shingles("Unitree denied it").size());
    }

    @Test
    void compactSignaturesGiveTheSameEstimateAndEmptyTextsHaveNone() {
        for (String other : new String[]{WIRE, REPRINT, REWRITE}) {
            long[] a = MinHash.signature(MinHash.shingles(WIRE));
            long[] b = MinHash.signature(MinHash.shingles(other));
            assertEquals(MinHash.similarity(a, b), MinHash.similarity(MinHash.compact(a), MinHash.compact(b)), other);
        }
        assertEquals(null, MinHash.compact(MinHash.signature(MinHash.shingles("  ,; "))));
        assertEquals(0.0, MinHash.similarity(null, MinHash.compact(MinHash.signature(MinHash.shingles(WIRE)))));
    }
}
