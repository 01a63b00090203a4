package org.techmil.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.techmil.link.StoreQueries.fixture;
import static org.techmil.link.StoreQueries.run;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.cli.Run;
import org.techmil.store.Store;

/** The curated queries of queries/ about lists and Wikidata, on the examples plus the list fixtures. */
class CuratedLinkQueriesTest {
    @TempDir
    static Path tmp;
    static Path store;
    static LocalWikidata wikidata;

    @BeforeAll
    static void buildImportAndLink() {
        store = tmp.resolve("store");
        StoreQueries.buildExamples(store);
        importList("csl-csv", "2025-01-07", "csl/consolidated-2025-01.csv");
        importList("csl-csv", "2025-06-01", "csl/consolidated-2025-06.csv");
        importList("ftm", "2024-01-31", "opensanctions/1260h-2024-01.ftm.json");
        importList("ftm", "2025-01-07", "opensanctions/1260h-2025-01.ftm.json");
        wikidata = new LocalWikidata();
    }

    @AfterAll
    static void stop() {
        wikidata.close();
    }

    private static void importList(String format, String date, String file) {
        Run r = run("import-list", "--store", store.toString(), "-f", format, "--date", date, fixture(file).toString());
        assertEquals(0, r.code(), r.err());
    }

    /** Runs a curated query by name (or a query text with -e) and returns its CSV rows as maps. */
    static List<Map<String, String>> query(Path s, String... nameOrE) {
        List<String> args = new ArrayList<>(List.of("query", "--store", s.toString(), "--format", "csv"));
        args.addAll(List.of(nameOrE));
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(r.out()))
                .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord rec : p)
                rows.add(rec.toMap());
            return rows;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Set<String> values(List<Map<String, String>> rows, String column) {
        return rows.stream().map(r -> r.get(column)).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void accusedButUnlistedLeavesOutFirmsOnACurrentList() {
        Path plain = tmp.resolve("plain");
        StoreQueries.buildExamples(plain);
        Set<String> accused = values(query(plain, "accused-but-unlisted"), "firm");
        // without lists every accused firm is shown, listed ones included
        assertTrue(accused.containsAll(Set.of("Hikvision", "Inspur Group", "Tencent", "DeepSeek", "Microsoft")), accused.toString());
        Set<String> unlisted = values(query(store, "accused-but-unlisted"), "firm");
        Set<String> expected = new java.util.TreeSet<>(accused);
        expected.removeAll(Set.of("Hikvision", "Inspur Group", "Tencent", "Contemporary Amperex Technology"));
        assertEquals(expected, unlisted);
    }

    @Test
    void listedFirmsWithMilitaryContractsFindsNoneInTheExamplesAndTheConstructedCase() throws IOException {
        assertEquals(List.of(), query(store, "listed-firms-with-military-contracts"));
        Path s = tmp.resolve("synthetic");
        try (Store st = Store.open(s, true)) {
            Dataset ds = DatasetFactory.create();
            RDFDataMgr.read(ds, fixture("queries/synthetic-listed-contractor.trig").toString());
            st.write(() -> ds.asDatasetGraph().find().forEachRemaining(st.datasetGraph()::add));
        }
        List<Map<String, String>> rows = query(s, "listed-firms-with-military-contracts");
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> r = rows.get(0);
        assertEquals("Example Dual-Use Systems", r.get("firm"));
        assertEquals("United States", r.get("state"));
        assertEquals("Bureau of Industry and Security", r.get("body"));
        assertEquals("United States Army", r.get("military"));
        assertEquals("2024-12-01", r.get("listedSince"));
    }

    @Test
    void newsAndListsSideBySideShowsBothOriginsForOneFirm() {
        List<Map<String, String>> rows = query(store, "news-and-lists-side-by-side");
        assertEquals(Set.of("news", "list"), values(rows, "origin"));
        assertTrue(rows.stream().anyMatch(r -> r.get("origin").equals("news") && r.get("claimType").equals("Allegation")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("origin").equals("list") && r.get("detail").equals("Entity List (EL)")
                && r.get("listedSince").equals("2019-10-09") && r.get("counterpart").equals("Bureau of Industry and Security")),
                rows.toString());
        assertTrue(values(rows, "detail").contains("1260H list of Chinese military companies"), rows.toString());
        assertEquals("news", rows.get(0).get("origin"));
    }

    @Test
    void delistedShowsWhoLeftAListAndWhen() {
        List<Map<String, String>> rows = query(store, "delisted");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("Xiamen Meiya Pico Information Co., Ltd.", rows.get(0).get("firm"));
        assertEquals("2025-01-07", rows.get(0).get("lastSeen"));
        assertEquals("2025-06-01", rows.get(0).get("endedOn"));
        assertEquals("2019-10-09", rows.get(0).get("listedSince"));
    }

    @Test
    void theFederatedQueryJoinsLocalDesignationsWithTheEndpoint() throws IOException {
        String text = Files.readString(Path.of("queries/wikidata-designated-firms.rq"))
                .replace("<https://query.wikidata.org/sparql>", "<" + wikidata.endpoint() + ">");
        List<Map<String, String>> rows = query(store, "-e", text);
        Map<String, Map<String, String>> byFirm = rows.stream().collect(Collectors.toMap(r -> r.get("firm"), r -> r));
        assertEquals("People's Republic of China", byFirm.get("Huawei").get("country"), rows.toString());
        assertEquals("Shenzhen", byFirm.get("Huawei").get("headquarters"));
        assertEquals("http://www.wikidata.org/entity/Q860580", byFirm.get("Tencent").get("item"));
        assertTrue(Integer.parseInt(byFirm.get("Huawei").get("designations")) >= 3, rows.toString());
    }
}
