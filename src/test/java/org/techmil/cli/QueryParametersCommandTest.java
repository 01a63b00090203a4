package org.techmil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** techmil query --param and --limit over the bundled examples. */
class QueryParametersCommandTest {
    @TempDir
    static Path tmp;
    static Path store;

    @BeforeAll
    static void buildExamples() {
        store = Run.examplesStore(tmp.resolve("store"));
    }

    private static List<String> rows(String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(new String[]{"query", "--store", store.toString(), "--format", "tsv"}, 0, all, 0, 5);
        System.arraycopy(args, 0, all, 5, args.length);
        Run r = Run.of(all);
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        return lines.subList(1, lines.size());
    }

    @Test
    void aParameterChangesTheRows() {
        List<String> microsoft = rows("--param", "name=microsoft", "about-entity");
        List<String> hikvision = rows("--param", "name=Hikvision", "about-entity");
        assertTrue(!microsoft.isEmpty() && !hikvision.isEmpty());
        assertTrue(microsoft.stream().allMatch(l -> l.startsWith("\"Microsoft\"")), microsoft.toString());
        assertTrue(hikvision.stream().allMatch(l -> l.startsWith("\"Hikvision\"")), hikvision.toString());
    }

    @Test
    void anUnsetParameterKeepsTheQuerysDefault() {
        assertEquals(rows("--param", "name=Hikvision", "news-and-lists-side-by-side"), rows("news-and-lists-side-by-side"));
    }

    @Test
    void anOptionalFilterNarrowsEveryRowToTheOneGiven() {
        List<String> all = rows("claims-by-firm");
        List<String> one = rows("--param", "name=HIKVISION", "claims-by-firm");
        assertTrue(!one.isEmpty() && one.size() < all.size(), one.size() + " of " + all.size());
        assertTrue(one.stream().allMatch(l -> l.startsWith("\"Hikvision\"")), one.toString());
        assertEquals(all.stream().filter(l -> l.startsWith("\"Hikvision\"")).sorted().toList(), one.stream().sorted().toList());
    }

    @Test
    void aDateWindowKeepsOnlyTheArticlesInIt() {
        List<String> window = rows("--param", "since=2025-01-01", "--param", "until=2025-06-30", "timeline");
        List<String> all = rows("timeline");
        assertTrue(!window.isEmpty() && window.size() < all.size(), window.size() + " of " + all.size());
        for (String row : window) {
            String date = row.substring(1, 11);
            assertTrue(date.compareTo("2025-01-01") >= 0 && date.compareTo("2025-06-30") <= 0, row);
        }
    }

    @Test
    void limitCapsTheRows() {
        assertEquals(3, rows("--limit", "3", "timeline").size());
        assertNotEquals(3, rows("timeline").size());
    }

    @Test
    void anUnknownParameterIsOneLineNamingIt() {
        Run r = Run.of("query", "--store", store.toString(), "--param", "nmae=Huawei", "about-entity");
        assertEquals(2, r.code());
        assertEquals(1, r.errLines().length, r.err());
        assertTrue(r.err().contains("'nmae'") && r.err().contains("it takes: name"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aBadValueIsOneLineNamingIt() {
        Run date = Run.of("query", "--store", store.toString(), "--param", "since=yesterday", "timeline");
        assertEquals(2, date.code());
        assertEquals(1, date.errLines().length, date.err());
        assertTrue(date.err().contains("since=yesterday: not a date (YYYY-MM-DD)"), date.err());
        Run noEquals = Run.of("query", "--store", store.toString(), "--param", "name", "about-entity");
        assertEquals(2, noEquals.code());
        assertTrue(noEquals.err().contains("NAME=VALUE"), noEquals.err());
        Run limit = Run.of("query", "--store", store.toString(), "--limit", "0", "timeline");
        assertEquals(2, limit.code());
        assertTrue(limit.err().contains("--limit must be at least 1"), limit.err());
    }

    @Test
    void aQueryWithoutParametersRefusesAny() {
        Run r = Run.of("query", "--store", store.toString(), "--param", "name=x", "top-accused-firms");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("top-accused-firms has no parameter 'name'; it takes none"), r.err());
    }

    @Test
    void listAndHelpShowTheParameters() {
        Run list = Run.of("query", "--list");
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("timeline") && l.endsWith("[--param name, since, until]")), list.out());
        Run help = Run.of("query", "--help");
        assertTrue(help.out().contains("--param=NAME=VALUE") && help.out().contains("--limit=N"), help.out());
        assertTrue(Arrays.stream(help.out().split("\\R")).anyMatch(l -> l.contains("about-entity --param name=")), help.out());
    }
}
