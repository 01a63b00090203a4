package org.techmil.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.techmil.ingest.Inputs;

/**
 * One test per example article: the claim lines it yields must equal {@code src/test/resources/golden/NAME.claims}
 * as a whole. Run with {@code -Dgolden.update=true} to rewrite the files after an intended change, then review the diff.
 */
class GoldenExamplesTest {
    private static final Path EXAMPLES = Path.of("examples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final Pipeline PIPELINE = Pipeline.create(null);

    @TestFactory
    Stream<DynamicTest> eachExampleYieldsItsGoldenClaims() throws Exception {
        List<Path> articles = Inputs.expand(List.of(EXAMPLES));
        assertFalse(articles.isEmpty(), "no example articles found");
        return articles.stream().map(a -> DynamicTest.dynamicTest(a.getFileName().toString(), () -> check(a)));
    }

    private static void check(Path article) throws Exception {
        Pipeline.Result r = PIPELINE.process(Inputs.read(article));
        String actual = String.join("\n", ClaimLines.of(r.extraction())) + "\n";
        Path golden = GOLDEN.resolve(article.getFileName() + ".claims");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
            return;
        }
        assertEquals(Files.exists(golden) ? Files.readString(golden) : "(no golden file " + golden + ")", actual,
                "claims of " + article);
    }
}
