package org.techmil.clean;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesTest {
    private static final LocalDate NOV_15 = LocalDate.of(2025, 11, 15);

    @Test
    void parsesCommonShapes() {
        for (String s : new String[] {"2025-11-15T08:30:00Z", "2025-11-15", "Nov 15, 2025", "November 15, 2025",
                "15 November 2025", "Saturday, November 15, 2025", "2025/11/15", "15.11.2025", "Sat, 15 Nov 2025 08:30:00 GMT",
                "Nov. 15th, 2025", "15th of November 2025", "11/15/2025", "20251115", "1763195400"})
            assertEquals(NOV_15, Dates.parse(s).orElse(null), s);
    }

    @Test
    void rejectsTextWithoutAFullDate() {
        assertTrue(Dates.parse("November 2025").isEmpty());
        assertTrue(Dates.parse("Version 2.10.3 released").isEmpty());
        assertTrue(Dates.parse("2025-13-45").isEmpty());
    }

    @Test
    void findsDatePositionInsideText() {
        Dates.Found f = Dates.find("Washington, Nov 15, 2025: officials said").orElseThrow();
        assertEquals(NOV_15, f.date());
        assertEquals(12, f.start());
    }

    @Test
    void recognisesBareDateLines() {
        assertTrue(Dates.isBareDate("Sunday, January 18, 2026"));
        assertTrue(Dates.isBareDate("18 Jan 2026 | 10:45 IST"));
        assertFalse(Dates.isBareDate("Officials met on January 18, 2026 to sign the deal"));
    }
}
