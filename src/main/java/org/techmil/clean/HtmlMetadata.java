package org.techmil.clean;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads headline, date, author, URL and body text that a page declares in JSON-LD, OpenGraph and meta tags. */
final class HtmlMetadata {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private final Clutter clutter;

    HtmlMetadata(Clutter clutter) {
        this.clutter = clutter;
    }

    PageMeta read(Document doc, String sourceName) {
        List<JsonNode> articles = jsonLdArticles(doc);
        Map<String, String> meta = metaTags(doc);

        String headline = firstText(articles, "headline");
        if (headline == null)
            headline = firstText(articles, "name");
        if (headline == null)
            headline = visibleHeadline(doc, meta);

        LocalDate date = null;
        for (String key : List.of("datePublished", "dateCreated", "uploadDate")) {
            String v = firstText(articles, key);
            if (date == null && v != null)
                date = Dates.parse(v).orElse(null);
        }
        for (String key : clutter.dateMeta)
            if (date == null && meta.containsKey(key))
                date = Dates.parse(meta.get(key)).orElse(null);
        if (date == null)
            date = timeElementDate(doc);

        String author = jsonLdAuthors(articles);
        for (String key : clutter.authorMeta) {
            String v = meta.get(key);
            if (author == null && v != null && !v.contains("/") && !v.startsWith("@")) {
                String name = Text.tidyAuthor(v);
                if (name != null && Text.looksLikeName(name))
                    author = name;
            }
        }
        if (author == null)
            author = visibleByline(doc);

        String url = null;
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null)
            url = canonical.absUrl("href").isEmpty() ? canonical.attr("href") : canonical.absUrl("href");
        if (blank(url))
            url = meta.get("og:url");
        if (blank(url))
            url = firstUrl(articles);
        if (blank(url) && sourceName.matches("(?i)^https?://.*"))
            url = sourceName;
        if (blank(url) || !url.matches("(?i)^https?://.*"))
            url = null;

        String body = firstText(articles, "articleBody");
        return new PageMeta(nonBlank(headline), date, nonBlank(author), url, nonBlank(body));
    }

    // ---- JSON-LD ----

    private List<JsonNode> jsonLdArticles(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data().strip();
            data = data.replaceFirst("^(?://\\s*)?<!\\[CDATA\\[", "").replaceFirst("(?://\\s*)?]]>$", "");
            data = data.replaceFirst("^<!--", "").replaceFirst("-->$", "").strip();
            try {
                collectArticles(JSON.readTree(data), out, 0);
            } catch (Exception e) {
                // a broken block is ignored; other sources may still say what we need
            }
        }
        return out;
    }

    private void collectArticles(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6)
            return;
        if (node.isArray()) {
            node.forEach(n -> collectArticles(n, out, depth + 1));
            return;
        }
        if (!node.isObject())
            return;
        if (isArticleType(node.get("@type")))
            out.add(node);
        collectArticles(node.get("@graph"), out, depth + 1);
        JsonNode main = node.get("mainEntity");
        if (main != null && main.isObject())
            collectArticles(main, out, depth + 1);
    }

    private boolean isArticleType(JsonNode type) {
        if (type == null)
            return false;
        if (type.isArray()) {
            for (JsonNode t : type)
                if (isArticleType(t))
                    return true;
            return false;
        }
        String t = type.asText();
        t = t.replaceFirst("^.*[/:]", "").toLowerCase(Locale.ROOT);
        return clutter.articleTypes.contains(t);
    }

    private static String firstText(List<JsonNode> nodes, String key) {
        for (JsonNode n : nodes) {
            JsonNode v = n.get(key);
            if (v != null && v.isArray() && !v.isEmpty())
                v = v.get(0);
            if (v != null && v.isTextual() && !v.asText().isBlank())
                return v.asText().strip();
        }
        return null;
    }

    private static String firstUrl(List<JsonNode> nodes) {
        for (JsonNode n : nodes) {
            for (String key : List.of("url", "mainEntityOfPage", "@id")) {
                JsonNode v = n.get(key);
                if (v != null && v.isObject())
                    v = v.has("@id") ? v.get("@id") : v.get("url");
                if (v != null && v.isTextual() && v.asText().matches("(?i)^https?://.*"))
                    return v.asText().replaceFirst("#.*$", "");
            }
        }
        return null;
    }

    private static String jsonLdAuthors(List<JsonNode> articles) {
        for (JsonNode a : articles) {
            JsonNode author = a.has("author") ? a.get("author") : a.get("creator");
            if (author == null)
                continue;
            Set<String> people = new LinkedHashSet<>();
            Set<String> orgs = new LinkedHashSet<>();
            List<JsonNode> items = new ArrayList<>();
            if (author.isArray())
                author.forEach(items::add);
            else
                items.add(author);
            for (JsonNode item : items) {
                String name = item.isTextual() ? item.asText() : item.path("name").isTextual() ? item.path("name").asText() : null;
                if (name == null || name.isBlank() || name.matches("(?i)^https?://.*"))
                    continue;
                name = Text.tidyAuthor(name);
                if (name == null)
                    continue;
                boolean org = item.isObject() && item.path("@type").asText().toLowerCase(Locale.ROOT).contains("organization");
                (org ? orgs : people).add(name);
            }
            if (!people.isEmpty())
                return String.join(", ", people);
            if (!orgs.isEmpty())
                return String.join(", ", orgs);
        }
        return null;
    }

    // ---- meta tags and visible page ----

    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element m : doc.select("meta[content]")) {
            String content = m.attr("content").strip();
            if (content.isEmpty())
                continue;
            for (String attr : List.of("name", "property", "itemprop", "http-equiv")) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty())
                    out.putIfAbsent(key, content);
            }
        }
        return out;
    }

    private static String visibleHeadline(Document doc, Map<String, String> meta) {
        Element article = doc.selectFirst("article, [itemprop=articleBody], main");
        Element h1 = article != null ? article.selectFirst("h1") : null;
        if (h1 == null)
            h1 = doc.selectFirst("h1");
        String h1Text = h1 == null ? null : Text.collapse(h1.text());
        String social = meta.getOrDefault("og:title", meta.get("twitter:title"));
        String title = doc.title();
        if (!blank(h1Text) && Text.wordCount(h1Text) >= 3) {
            String fp = Text.fingerprint(h1Text);
            if ((social != null && Text.fingerprint(social).contains(fp)) || Text.fingerprint(title).contains(fp))
                return h1Text;
        }
        if (!blank(social))
            return withoutSiteName(social, meta.get("og:site_name"));
        if (!blank(h1Text))
            return h1Text;
        return blank(title) ? null : withoutSiteName(title, meta.get("og:site_name"));
    }

    /** Drops a trailing " | Site" or " - Site" part when it is short and the rest is long. */
    static String withoutSiteName(String title, String siteName) {
        String t = Text.collapse(title);
        int cut = Math.max(Math.max(t.lastIndexOf(" | "), t.lastIndexOf(" - ")), Math.max(t.lastIndexOf(" – "), t.lastIndexOf(" — ")));
        if (cut > 0) {
            String tail = t.substring(cut + 3).strip();
            String head = t.substring(0, cut).strip();
            boolean isSite = siteName != null && Text.fingerprint(tail).equals(Text.fingerprint(siteName));
            if (isSite || (Text.wordCount(tail) <= 3 && Text.wordCount(head) >= 4))
                return head;
        }
        return t;
    }

    private static LocalDate timeElementDate(Document doc) {
        for (String css : List.of("[itemprop=datePublished]", "time[pubdate]", "article time[datetime]", "main time[datetime]")) {
            for (Element e : doc.select(css)) {
                String v = e.hasAttr("datetime") ? e.attr("datetime") : e.hasAttr("content") ? e.attr("content") : e.text();
                Optional<LocalDate> d = Dates.parse(v);
                if (d.isPresent())
                    return d.get();
            }
        }
        return null;
    }

    private String visibleByline(Document doc) {
        for (String css : List.of("[itemprop=author] [itemprop=name]", "[itemprop=author]", "[rel=author]", "[class*=byline] [class*=name]",
                "[class*=byline]", "[class*=author-name]", "[class*=author] a", ".author")) {
            for (Element e : doc.select(css)) {
                String text = Text.collapse(e.text());
                if (text.length() < 3 || text.length() > 100)
                    continue;
                String name = clutter.bylineName(text).orElse(Text.tidyAuthor(text));
                if (name != null && Text.looksLikeName(name))
                    return name;
            }
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nonBlank(String s) {
        return blank(s) ? null : s.strip();
    }
}
