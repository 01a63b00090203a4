package org.techmil.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClutterPatternTest {
    @Test
    void patternIsAnchoredOnlyWhenEveryAlternativeStartsWithCaret() {
        assertTrue(Clutter.allAlternativesAnchored("^advert$|^ads$"));
        assertTrue(Clutter.allAlternativesAnchored("^(?:share|tweet|email)$"));
        assertTrue(Clutter.allAlternativesAnchored("^(?:read|view) (?:more|all)\\b"));
        assertTrue(Clutter.allAlternativesAnchored("^[|a]x|^b"));
        assertFalse(Clutter.allAlternativesAnchored("all rights reserved|^©|^copyright\\b"));
        assertFalse(Clutter.allAlternativesAnchored("\\bcookies?\\b"));
        assertFalse(Clutter.allAlternativesAnchored("(^a|^b)"));
        assertFalse(Clutter.allAlternativesAnchored("^a|"));
        assertFalse(Clutter.allAlternativesAnchored("\\^a"));
    }

    @Test
    void longLineIsBoilerplateOnlyWithThreeHits() {
        Clutter c = Clutter.load();
        String prose = "The ministry said the contract covers sensors, data links and consoles, and that the first ship "
                + "would go to sea in 2029 after a long series of trials in the northern fleet's home waters.";
        assertFalse(c.isBoilerplate(prose + " Subscribe for more."));
        assertTrue(c.isBoilerplate(prose + " We use cookies; read our privacy policy and subscribe to our newsletter."));
    }
}
