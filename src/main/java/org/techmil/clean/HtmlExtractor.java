package org.techmil.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.util.ArrayList;
import java.util.List;

/** Extracts article text and metadata from an HTML page. */
final class HtmlExtractor {
    private static final int SHORT = 200;

    private final Clutter clutter;
    private final HtmlMetadata metadata;
    private final HtmlContent content;
    private final ScrapeExtractor scrape;

    HtmlExtractor(Clutter clutter) {
        this.clutter = clutter;
        this.metadata = new HtmlMetadata(clutter);
        this.content = new HtmlContent(clutter);
        this.scrape = new ScrapeExtractor(clutter);
    }

    Extracted extract(String html, String sourceName) {
        String base = sourceName.matches("(?i)^https?://.*") ? sourceName : "";
        Document doc = Jsoup.parse(html, base);
        PageMeta meta = metadata.read(doc, sourceName);
        Document forText = doc.clone();
        List<String> paragraphs = tidy(content.extract(forText), meta.headline());

        int length = paragraphs.stream().mapToInt(String::length).sum();
        if (length < SHORT) {
            // the block scorer found little: read the whole page the way a text scrape is read
            List<Block> all = BlockWriter.blocksOf(List.of(doc.body() == null ? doc : doc.body()));
            String asText = String.join("\n", all.stream().map(Block::text).toList());
            List<String> fromScrape = scrape.extract(asText).paragraphs();
            if (fromScrape.stream().mapToInt(String::length).sum() > length) {
                paragraphs = fromScrape;
                length = paragraphs.stream().mapToInt(String::length).sum();
            }
        }
        if (meta.articleBody() != null && meta.articleBody().length() >= 500 && length < meta.articleBody().length() / 3)
            paragraphs = splitDeclaredBody(meta.articleBody());
        return new Extracted(meta.headline(), meta.date(), meta.author(), meta.url(), paragraphs);
    }

    /** Drops headline repeats, link lists, prompts and bylines; stops at a teaser heading after the article began. */
    private List<String> tidy(List<Block> blocks, String headline) {
        String headlineKey = Text.fingerprint(headline);
        List<String> out = new ArrayList<>();
        int proseChars = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String t = b.text();
            int words = Text.wordCount(t);
            boolean isShort = t.length() < SHORT;
            if (isShort && clutter.isTeaserHeading(t)) {
                // "Read more" set between two paragraphs of the story links out; the story goes on after it
                if (proseChars >= 300 && !(i + 1 < blocks.size() && isLongProse(blocks.get(i + 1))))
                    break;
                continue;
            }
            if (!headlineKey.isEmpty() && Text.fingerprint(t).equals(headlineKey))
                continue;
            if (b.linkDensity() > 0.6 && words < 40)
                continue;
            if (isShort && (clutter.isBoilerplate(t) || clutter.isHeaderDebris(t) || clutter.bylineName(t).isPresent()
                    || clutter.dateCue(t, true).isPresent() || Dates.isBareDate(t)))
                continue;
            out.add(t);
            if (words >= 8 && Text.endsSentence(t))
                proseChars += t.length();
        }
        trimEdges(out);
        return out;
    }


    private static boolean isLongProse(Block b) {
        return b.linkDensity() <= 0.6 && Text.wordCount(b.text()) >= Clutter.STORY_GOES_ON_WORDS && Text.endsSentence(b.text());
    }

    /** Short non-sentence lines before the first and after the last sentence are labels, not article. */
    private static void trimEdges(List<String> out) {
        while (!out.isEmpty() && isLabel(out.get(0)))
            out.remove(0);
        while (!out.isEmpty() && isLabel(out.get(out.size() - 1)))
            out.remove(out.size() - 1);
    }

    private static boolean isLabel(String t) {
        return Text.wordCount(t) < 8 && !Text.endsSentence(t);
    }

    private static List<String> splitDeclaredBody(String body) {
        List<String> out = new ArrayList<>();
        for (String part : body.replace("\r\n", "\n").split("\\n\\s*\\n|\\n"))
            if (!part.isBlank())
                out.add(Text.collapse(part));
        return out;
    }
}
