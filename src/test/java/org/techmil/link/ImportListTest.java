package org.techmil.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.techmil.link.StoreQueries.column;
import static org.techmil.link.StoreQueries.fixture;
import static org.techmil.link.StoreQueries.quads;
import static org.techmil.link.StoreQueries.run;
import static org.techmil.link.StoreQueries.select;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techmil.cli.Run;

/** import-list against small files in the published formats, on a store built from the examples. */
class ImportListTest {
    @TempDir
    static Path tmp;
    static Path store;
    static Run first;

    @BeforeAll
    static void buildAndImportTwoCslVersions() {
        store = tmp.resolve("store");
        StoreQueries.buildExamples(store);
        first = run("import-list", "--store", store.toString(), "-f", "csl-csv", "--date", "2025-01-07",
                fixture("csl/consolidated-2025-01.csv").toString());
        assertEquals(0, first.code(), first.err());
        Run second = run("import-list", "--store", store.toString(), "-f", "csl-csv", "--date", "2025-06-01",
                fixture("csl/consolidated-2025-06.csv").toString());
        assertEquals(0, second.code(), second.err());
    }

    @Test
    void entityListRowsBecomeDesignationsByTheBureauDerivedFromTheDatasetVersion() {
        List<Map<String, String>> rows = select(store, """
                SELECT ?detail ?start ?rule ?score ?ds ?version ?issued ?publisher WHERE {
                  ?c a tm:Designation ; tm:subject ent:bureau-of-industry-and-security ; tm:object ent:hikvision ;
                     tm:detail ?detail ; tm:rule ?rule ; tm:matchScore ?score ; prov:wasDerivedFrom ?ds .
                  OPTIONAL { ?c tm:startDate ?start }
                  ?ds a dcat:Dataset ; dcat:version ?version ; dcterms:issued ?issued ; dcterms:publisher ?publisher .
                  FILTER(?version = "2025-01-07")
                }""");
        assertEquals(1, rows.size(), rows.toString());
        Map<String, String> r = rows.get(0);
        assertEquals("Entity List (EL)", r.get("detail"));
        assertEquals("2019-10-09", r.get("start"));
        assertEquals("list.csl-csv", r.get("rule"));
        assertEquals("2025-01-07", r.get("issued"));
        assertTrue(r.get("publisher").contains("International Trade Administration"), r.toString());
        assertTrue(Double.parseDouble(r.get("score")) >= 0.9, r.toString());
    }

    @Test
    void treasuryCmicRowsAreDesignationsByOfacWithTheirProgramme() {
        List<String> programmes = column(store, """
                SELECT ?p WHERE { ?c tm:subject ent:ofac ; tm:object ent:huawei ; tm:programme ?p ;
                  prov:wasDerivedFrom/dcat:version "2025-01-07" }""", "p");
        assertEquals(List.of("CMIC-EO13959"), programmes);
    }

    @Test
    void designationsNameTheirStatementAndQuoteTheListedName() {
        List<Map<String, String>> rows = select(store, """
                SELECT ?quote ?start ?end ?row ?record WHERE {
                  ?c tm:object ent:huawei ; tm:subject ent:bureau-of-industry-and-security ;
                     prov:wasDerivedFrom/dcat:version "2025-01-07" ;
                     rdf:reifies <<( ent:bureau-of-industry-and-security tm:designates ent:huawei )>> ;
                     tm:evidence ?ev .
                  ?ev tm:quote ?quote ; tm:start ?start ; tm:end ?end ; tm:sourceRow ?row ; tm:recordId ?record ;
                      a oa:TextQuoteSelector .
                }""");
        assertEquals(List.of(Map.of("quote", "Huawei Technologies Co., Ltd.", "start", "0", "end", "29", "row", "1",
                "record", "csl-0001")), rows);
    }

    @Test
    void unmatchedNamesBecomeNewTechFirmsWithTheirCountry() {
        List<Map<String, String>> rows = select(store, """
                SELECT ?e ?country WHERE { ?e a tm:TechFirm ; rdfs:label "Xiamen Meiya Pico Information Co., Ltd." ;
                  tm:country/rdfs:label ?country }""");
        assertEquals(1, rows.size(), rows.toString());
        assertEquals("China", rows.get(0).get("country"));
        assertTrue(first.err().contains("1 new entit"), first.err());
    }

    @Test
    void peopleAreSkippedAndCounted() {
        assertTrue(first.err().contains("1 row skipped (1 person)"), first.err());
        assertTrue(column(store, "SELECT ?e WHERE { ?e rdfs:label ?l FILTER(CONTAINS(LCASE(?l), \"shoigu, sergei\")) }", "e").isEmpty());
    }

    @Test
    void aNewerVersionEndsWhatItDroppedAndKeepsTheOldClaim() {
        List<Map<String, String>> ended = select(store, """
                SELECT ?c ?end ?by WHERE { ?c a tm:Designation ; tm:object/rdfs:label "Xiamen Meiya Pico Information Co., Ltd." ;
                  tm:endDate ?end ; tm:delistedIn/dcat:version ?by }""");
        assertEquals(1, ended.size(), ended.toString());
        assertEquals("2025-06-01", ended.get(0).get("end"));
        assertEquals("2025-06-01", ended.get(0).get("by"));
        assertTrue(ended.get(0).get("c").contains("/us-csl/2025-01-07/"), ended.toString());
        // nothing still on the list is shown as ended, and nobody is shown as listed after removal
        assertEquals(List.of("1"), column(store, "SELECT (COUNT(*) AS ?n) WHERE { ?c tm:endDate ?d }", "n"));
        assertTrue(column(store, """
                SELECT ?c WHERE { ?c prov:wasDerivedFrom/dcat:version "2025-06-01" ;
                  tm:object/rdfs:label "Xiamen Meiya Pico Information Co., Ltd." }""", "c").isEmpty());
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() {
        Path s = tmp.resolve("twice");
        // the CSL file creates a new entity (Meiya Pico) on the first import and finds it on the second
        String csl = fixture("csl/consolidated-2025-01.csv").toString();
        String ftm = fixture("opensanctions/1260h-2025-01.ftm.json").toString();
        assertEquals(0, run("import-list", "--store", s.toString(), "-f", "csl-csv", "--date", "2025-01-07", csl).code());
        assertEquals(0, run("import-list", "--store", s.toString(), "-f", "ftm", "--date", "2025-01-07", ftm).code());
        TreeSet<String> before = quads(s);
        Run again = run("import-list", "--store", s.toString(), "-f", "csl-csv", "--date", "2025-01-07", csl);
        assertEquals(0, again.code(), again.err());
        assertEquals(0, run("import-list", "--store", s.toString(), "-f", "ftm", "--date", "2025-01-07", ftm).code());
        assertEquals(before, quads(s));
        assertTrue(before.size() > 100, "expected a sizeable graph, got " + before.size());
    }

    @Test
    void versionsImportedOutOfOrderEndTheSameDesignations() {
        Path s = tmp.resolve("reverse");
        assertEquals(0, run("import-list", "--store", s.toString(), "-f", "csl-csv", "--date", "2025-06-01",
                fixture("csl/consolidated-2025-06.csv").toString()).code());
        assertTrue(column(s, "SELECT ?c WHERE { ?c tm:endDate ?d }", "c").isEmpty());
        Run older = run("import-list", "--store", s.toString(), "-f", "csl-csv", "--date", "2025-01-07",
                fixture("csl/consolidated-2025-01.csv").toString());
        assertEquals(0, older.code(), older.err());
        assertTrue(older.err().contains("1 designation ended across 2 versions"), older.err());
        assertEquals(List.of("2025-06-01"), column(s, """
                SELECT ?d WHERE { ?c tm:endDate ?d ; tm:object/rdfs:label "Xiamen Meiya Pico Information Co., Ltd." }""", "d"));
    }

    @Test
    void openSanctionsFtmGivesThe1260hListByTheDepartmentOfDefense() {
        Path s = tmp.resolve("ftm");
        StoreQueries.buildExamples(s);
        Run r = run("import-list", "--store", s.toString(), "-f", "ftm", "--date", "2025-01-07",
                fixture("opensanctions/1260h-2025-01.ftm.json").toString());
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = select(s, """
                SELECT ?start ?p ?ds WHERE { ?c tm:subject ent:us-department-of-defense ; tm:object ent:tencent ;
                  tm:startDate ?start ; tm:programme ?p ; prov:wasDerivedFrom ?ds . ?ds a dcat:Dataset }
                ORDER BY ?p""");
        assertEquals(2, rows.size(), rows.toString());
        assertEquals("2025-01-06", rows.get(0).get("start"));
        assertEquals("Section 1260H list of Chinese military companies", rows.get(0).get("p"));
        assertEquals("US-DOD-1260H", rows.get(1).get("p"));
        assertTrue(rows.get(0).get("ds").endsWith("/dataset/us-dod-chinese-milcorps/2025-01-07"), rows.toString());
        assertTrue(r.err().contains("7 designations (7 firms matched, 0 new entities)"), r.err());
    }

    @Test
    void openSanctionsSimpleCsvAndCslJsonAreReadToo() {
        Path s = tmp.resolve("formats");
        Run csv = run("import-list", "--store", s.toString(), "-f", "os-csv", "--dataset", "us_dod_chinese_milcorps",
                "--date", "2025-01-07", fixture("opensanctions/targets.simple.csv").toString());
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.err().contains("4 designations") && csv.err().contains("(1 person)"), csv.err());
        Run json = run("import-list", "--store", s.toString(), "-f", "csl-json",
                fixture("csl/consolidated-2025-01.json").toString());
        assertEquals(0, json.code(), json.err());
        assertTrue(json.err().contains("imported us-csl version 2025-01-07"), json.err());
        List<String> firms = column(s, """
                SELECT DISTINCT ?f WHERE { ?c a tm:Designation ; tm:object/rdfs:label ?f } ORDER BY ?f""", "f");
        assertEquals(List.of("Contemporary Amperex Technology", "DJI", "Hesai Technology", "Hikvision", "Huawei", "Sugon", "Tencent"), firms);
    }

    @Test
    void aMalformedFileFailsWithOneLineNamingTheFileAndRow() {
        Path s = tmp.resolve("bad");
        Run csv = run("import-list", "--store", s.toString(), "-f", "csl-csv", "--date", "2025-01-07",
                fixture("csl/malformed-no-name.csv").toString());
        assertEquals(2, csv.code());
        assertEquals(1, csv.errLines().length, csv.err());
        assertTrue(csv.err().startsWith("techmil: malformed-no-name.csv row 2: "), csv.err());
        Run ftm = run("import-list", "--store", s.toString(), "-f", "ftm", "--date", "2025-01-07",
                fixture("opensanctions/malformed.ftm.json").toString());
        assertEquals(2, ftm.code());
        assertEquals(1, ftm.errLines().length, ftm.err());
        assertTrue(ftm.err().startsWith("techmil: malformed.ftm.json line 2: not valid JSON"), ftm.err());
        Run wrong = run("import-list", "--store", s.toString(), "-f", "os-csv", "--date", "2025-01-07",
                fixture("csl/consolidated-2025-01.csv").toString());
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("row 0 (header): no column 'id'"), wrong.err());
    }

    @Test
    void theStoreStillPassesTheShapesAfterImports() {
        Run r = run("validate", "--store", store.toString());
        assertEquals(0, r.code(), r.out() + r.err());
    }
}
