package org.techmil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A curated query rewritten for speed gives the rows of its earlier text: both run through {@code techmil query} on
 * the examples store with the same parameters, their TSV output compared whole. The earlier texts are kept in
 * {@code src/test/resources/queries/earlier/}.
 */
class RewrittenQueriesTest {
    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void buildExamples() {
        store = Run.examplesStore(tmp.resolve("store"));
    }

    private static String tsv(Path query, String param) {
        List<String> args = new ArrayList<>(List.of("query", "--store", store.toString(), "--format", "tsv", "--full"));
        if (!param.isEmpty())
            args.addAll(List.of("--param", param));
        args.add(query.toString());
        Run r = Run.of(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            about-entity, '',                    0
            about-entity, name=Microsoft,        4
            about-entity, name=hikvision,        4
            about-entity, name=PLA,              5
            about-entity, name=Chinese military, 5
            about-entity, name=MOFCOM,           0
            about-entity, name=Huawei,           2
            about-entity, name=no such firm,     0
            """)
    void givesTheRowsOfItsEarlierText(String name, String param, int atLeast) {
        String now = tsv(Path.of("queries", name + ".rq"), param);
        String before = tsv(Path.of("src/test/resources/queries/earlier", name + ".rq"), param);
        assertEquals(before, now);
        assertTrue(now.lines().count() - 1 >= atLeast, now);
    }
}
