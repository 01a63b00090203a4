package org.techmil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;

class QueryParameterTest {
    private static final String QUERY = """
            # what it answers
            # Parameters:
            #   param name (text)   the entity, ignoring case
            #   param since (date)  only articles published on or after this day
            #   param top (integer) how many
            # bench-params: name=Alibaba since=2025-01-01
            # bench-params: name=Commerce+Department
            SELECT * WHERE { ?s ?p ?o }
            """;

    @Test
    void readsTheDeclarationsOfTheHeaderInOrder() {
        List<QueryParameter> ps = QueryParameters.declaredIn(QUERY, "q").list();
        assertEquals(List.of("name (text)", "since (date)", "top (integer)"), ps.stream().map(QueryParameter::signature).toList());
        assertEquals("the entity, ignoring case", ps.getFirst().description());
    }

    @Test
    void bindsEachValueAsTheTermItsTypeSays() {
        Binding b = QueryParameters.declaredIn(QUERY, "q").bind(Map.of("name", "Huawei", "since", "2025-01-01", "top", "10"));
        assertEquals("Huawei", b.get(Var.alloc("name")).getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDdate, b.get(Var.alloc("since")).getLiteralDatatype());
        assertEquals(XSDDatatype.XSDinteger, b.get(Var.alloc("top")).getLiteralDatatype());
    }

    @Test
    void anUndeclaredNameIsRefusedNamingItAndTheOnesThatExist() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> QueryParameters.declaredIn(QUERY, "about-entity").bind(Map.of("nmae", "x")));
        assertEquals("about-entity has no parameter 'nmae'; it takes: name, since, top", e.getMessage());
    }

    @Test
    void aValueItsTypeCannotTakeIsRefusedNamingIt() {
        QueryParameters ps = QueryParameters.declaredIn(QUERY, "q");
        var date = assertThrows(IllegalArgumentException.class, () -> ps.bind(Map.of("since", "2025-13-45")));
        assertEquals("--param since=2025-13-45: not a date (YYYY-MM-DD)", date.getMessage());
        var number = assertThrows(IllegalArgumentException.class, () -> ps.bind(Map.of("top", "ten")));
        assertTrue(number.getMessage().contains("top=ten") && number.getMessage().contains("whole number"), number.getMessage());
    }

    @Test
    void aQueryWithoutDeclarationsTakesNone() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> QueryParameters.declaredIn("SELECT * { ?s ?p ?o }", "query").bind(Map.of("name", "x")));
        assertEquals("query has no parameter 'name'; it takes none", e.getMessage());
    }

    @Test
    void aBadDeclarationIsAnErrorNamingTheQuery() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> QueryParameters.declaredIn("# param name (colour) what\nSELECT * {}", "mine.rq"));
        assertTrue(e.getMessage().startsWith("mine.rq: bad parameter declaration"), e.getMessage());
    }

    @Test
    void splitsAssignmentsAtTheFirstEqualsSign() {
        assertEquals(Map.entry("detail", "a=b"), QueryParameters.split("detail=a=b"));
        assertEquals(Map.entry("name", ""), QueryParameters.split("name="));
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.split("name"));
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.split("=x"));
    }

    @Test
    void benchRunsComeFromTheBenchParamsLines() {
        assertEquals(List.of(Map.of("name", "Alibaba", "since", "2025-01-01"), Map.of("name", "Commerce Department")),
                QueryParameters.benchRuns(QUERY));
        assertEquals(List.of(Map.of()), QueryParameters.benchRuns("SELECT * {}"));
    }
}
