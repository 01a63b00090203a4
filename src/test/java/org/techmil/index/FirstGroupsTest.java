package org.techmil.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The first rows of a grouped, ordered query, computed from the best group keys as the pattern streams: the same rows as
 * the query gives, holding no more groups than it keeps.
 */
class FirstGroupsTest {
    private static final String PREFIX = "PREFIX : <http://example.org/> ";

    /** Claims with zero to three claimants, some undated, two with the same quote; every claim is one group. */
    private static Dataset data;

    @BeforeAll
    static void data() {
        StringBuilder ttl = new StringBuilder("@prefix : <http://example.org/> .\n");
        for (int i = 0; i < 60; i++) {
            ttl.append(":c").append(i).append(" :subject :firm").append(i % 7).append(" ; :quote \"quote ")
                    .append(i % 13).append("\" .\n");
            if (i % 5 != 0)
                ttl.append(":c").append(i).append(" :date \"2025-01-").append(String.format("%02d", 1 + i % 28))
                        .append("\"^^<http://www.w3.org/2001/XMLSchema#date> .\n");
            for (int k = 0; k < i % 4; k++)
                ttl.append(":c").append(i).append(" :claimant :body").append((i + k) % 9).append(" .\n");
        }
        for (int f = 0; f < 7; f++)
            ttl.append(":firm").append(f).append(" :label \"Firm ").append((char) ('A' + f)).append("\" .\n");
        for (int b = 0; b < 9; b++)
            ttl.append(":body").append(b).append(" :label \"Body ").append(b).append("\" .\n");
        data = DatasetFactory.createTxnMem();
        RDFParser.fromString(ttl.toString(), Lang.TURTLE).parse(data);
    }

    private static final String GROUPED = PREFIX + """
            SELECT ?date ?firm ?quote (GROUP_CONCAT(DISTINCT ?who; SEPARATOR="; ") AS ?claimants) (COUNT(*) AS ?rows)
            WHERE {
              ?c :subject ?f ; :quote ?quote .
              ?f :label ?firm .
              OPTIONAL { ?c :date ?date }
              OPTIONAL { ?c :claimant/:label ?who }
            }
            GROUP BY ?date ?firm ?quote ?c
            ORDER BY (!BOUND(?date)) DESC(?date) ?firm ?c
            """;

    @Test
    void givesTheRowsOfTheQueryAtEveryLimit() {
        for (long limit : new long[]{1, 2, 5, 17, 59, 60, 61, 1000}) {
            Query q = QueryFactory.create(GROUPED + "LIMIT " + limit);
            FirstGroups plan = FirstGroups.plan(q);
            assertNotNull(plan);
            List<Binding> expected = run(q);
            assertEquals(Math.min(limit, 60), expected.size());
            assertEquals(expected, plan.rows(FirstGroupsTest::execution, qe -> { }), "LIMIT " + limit);
            assertTrue(plan.peakGroups() <= limit, "held " + plan.peakGroups() + " groups for LIMIT " + limit);
        }
    }

    @Test
    void anEmptyPatternGivesNoRows() {
        Query q = QueryFactory.create(GROUPED.replace("?c :subject ?f", "?c :nothing ?f") + "LIMIT 10");
        assertEquals(run(q), FirstGroups.plan(q).rows(FirstGroupsTest::execution, qe -> { }));
        assertEquals(List.of(), run(q));
    }

    @Test
    void aQueryNotOrderedByItsGroupKeysAloneIsLeftToRunAsItIs() {
        String where = " WHERE { ?c :subject ?f ; :quote ?quote . OPTIONAL { ?c :claimant ?w } } ";
        assertNull(FirstGroups.plan(QueryFactory.create(PREFIX + "SELECT ?f (COUNT(?w) AS ?n)" + where
                + "GROUP BY ?f ORDER BY DESC(?n) LIMIT 3")), "ordered by an aggregate");
        assertNull(FirstGroups.plan(QueryFactory.create(PREFIX + "SELECT ?f ?quote" + where + "ORDER BY ?f LIMIT 3")),
                "not grouped");
        assertNull(FirstGroups.plan(QueryFactory.create(PREFIX + "SELECT ?f (COUNT(?w) AS ?n)" + where
                + "GROUP BY ?f HAVING (COUNT(?w) > 1) ORDER BY ?f LIMIT 3")), "HAVING");
        assertNull(FirstGroups.plan(QueryFactory.create(PREFIX + "SELECT ?f (COUNT(?w) AS ?n)" + where
                + "GROUP BY ?f ORDER BY ?f LIMIT 3 OFFSET 1")), "OFFSET");
        assertNull(FirstGroups.plan(QueryFactory.create(PREFIX + "SELECT DISTINCT ?f (COUNT(?w) AS ?n)" + where
                + "GROUP BY ?f ?quote ORDER BY ?f LIMIT 3")), "DISTINCT");
        assertNull(FirstGroups.plan(QueryFactory.create(PREFIX + "SELECT ?f (COUNT(?w) AS ?n)" + where
                + "GROUP BY ?f ORDER BY ?f")), "no LIMIT");
        assertNotNull(FirstGroups.plan(QueryFactory.create(PREFIX + "SELECT ?f (COUNT(?w) AS ?n)" + where
                + "GROUP BY ?f ORDER BY DESC(?f) LIMIT 3")));
    }

    @Test
    void everyCuratedListingThatGroupsIsRankedByItsKeys() {
        for (ListingPages.Listing l : ListingPages.curated()) {
            Query q = QueryFactory.create(l.text());
            q.setLimit(l.depth());
            if (q.hasGroupBy())
                assertNotNull(FirstGroups.plan(q), l.name() + " groups its rows but cannot be ranked by its keys");
        }
    }

    private static QueryExecution execution(Query q) {
        return QueryExecution.dataset(data).query(q).build();
    }

    private static List<Binding> run(Query q) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExecution qe = execution(q)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext())
                rows.add(rs.nextBinding());
        }
        return rows;
    }
}
