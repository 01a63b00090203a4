package org.techmil.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.techmil.cli.Run;

class LinkHelpTest {
    @ParameterizedTest
    @ValueSource(strings = {"import-list", "link wikidata", "describe"})
    void theLinkCommandsHaveHelpWithExamplesAndExitCodes(String command) {
        String[] args = (command + " --help").split(" ");
        Run r = Run.of(args);
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: techmil " + command), r.out());
        assertTrue(r.out().contains("Examples:"), r.out());
        assertTrue(r.out().contains("Exit codes:"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--threshold=1.5", "--format=xls"})
    void badArgumentsFailWithOneLine(String arg) {
        String[] args = arg.startsWith("--format") ? new String[]{"import-list", arg, "x.csv"}
                : new String[]{"import-list", "-f", "csl-csv", arg, "src/test/resources/link/csl/consolidated-2025-01.csv"};
        Run r = Run.of(args);
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().length, r.err());
    }
}
