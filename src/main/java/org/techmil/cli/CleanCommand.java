package org.techmil.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jsoup.nodes.Entities;
import org.techmil.clean.CleanedArticle;
import org.techmil.clean.Cleaner;
import org.techmil.ingest.InputException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "clean", mixinStandardHelpOptions = true,
        header = "Print the main text and metadata of articles, as extraction sees them.",
        description = "Reads HTML pages and text scrapes (files, folders or http(s) URLs) and prints each article's headline, publication date (YYYY-MM-DD), author, URL and cleaned body, without page clutter.",
        footerHeading = "%nExamples:%n",
        footer = {"  techmil clean examples/01-us-entity-list-servers.txt",
                "  techmil clean --format jsonl pages/ > cleaned.jsonl"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.LIST_OK, "1:some inputs failed (each named on stderr)", ExitCodes.LIST_ERROR})
final class CleanCommand implements Callable<Integer> {
    enum Format { text, jsonl, html }

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Option(names = {"-f", "--format"}, defaultValue = "text",
            description = "output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); jsonl prints one JSON object per input")
    Format format;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "article files, folders or http(s) URLs")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Cleaner cleaner = new Cleaner();
        int failed = 0;
        for (String input : InputSource.expand(inputs)) {
            try {
                CleanedArticle a = cleaner.clean(InputSource.read(input));
                out.print(render(a));
            } catch (InputException e) {
                failed++;
                err.println("techmil: " + e.getMessage());
            }
            out.flush();
        }
        err.flush();
        return failed > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    private String render(CleanedArticle a) throws Exception {
        return switch (format) {
            case jsonl -> JSON.writeValueAsString(fields(a)) + "\n";
            case text -> "# " + a.source() + "\n"
                    + "headline: " + orDash(a.headline()) + "\n"
                    + "datePublished: " + orDash(a.datePublished()) + "\n"
                    + "author: " + orDash(a.author()) + "\n"
                    + "url: " + orDash(a.url()) + "\n\n" + a.body() + "\n\n";
            case html -> "<article data-source=\"" + Entities.escape(a.source()) + "\">\n"
                    + (a.headline() == null ? "" : "<h1>" + Entities.escape(a.headline()) + "</h1>\n")
                    + (a.datePublished() == null ? "" : "<time datetime=\"" + a.datePublished() + "\">" + a.datePublished() + "</time>\n")
                    + (a.author() == null ? "" : "<p class=\"byline\">" + Entities.escape(a.author()) + "</p>\n")
                    + paragraphs(a.body()) + "</article>\n";
        };
    }

    static Map<String, Object> fields(CleanedArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", a.source());
        m.put("headline", a.headline());
        m.put("datePublished", a.datePublished() == null ? null : a.datePublished().toString());
        m.put("author", a.author());
        m.put("url", a.url());
        m.put("body", a.body());
        return m;
    }

    private static String paragraphs(String body) {
        StringBuilder b = new StringBuilder();
        for (String p : body.split("\n\\s*\n"))
            if (!p.isBlank())
                b.append("<p>").append(Entities.escape(p.strip())).append("</p>\n");
        return b.toString();
    }

    private static String orDash(Object o) {
        return o == null ? "-" : o.toString();
    }
}
