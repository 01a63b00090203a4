package org.techmil.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the element that holds an HTML page's article and returns its text as paragraphs: clutter elements are
 * removed first, then blocks are scored by text length, commas and link density, and the best one (with its
 * article-like siblings) is written out.
 */
final class HtmlContent {
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "font", "center", "span", "body");
    private static final Set<String> NEVER_REMOVE = Set.of("html", "body", "main");

    private final Clutter clutter;

    HtmlContent(Clutter clutter) {
        this.clutter = clutter;
    }

    /** The article's paragraphs, or an empty list. The document is modified. */
    List<Block> extract(Document doc) {
        Element body = doc.body();
        if (body == null)
            return List.of();
        prune(body);
        List<Element> roots = chooseRoots(doc, body);
        return BlockWriter.blocksOf(roots);
    }

    // ---- pruning ----

    private void prune(Element body) {
        int total = paragraphChars(body);
        for (Element e : new ArrayList<>(body.getAllElements())) {
            if (e == body || e.ownerDocument() == null || NEVER_REMOVE.contains(e.normalName()))
                continue;
            if (isRemovable(e) && !holdsArticle(e, total))
                e.remove();
        }
    }

    private boolean isRemovable(Element e) {
        String tag = e.normalName();
        if (tag.equals("footer") && e.closest("blockquote") != null)
            return false; // "— Noam Barak, chief executive of ...": who said the quotation, not the page's footer
        if (clutter.removeTags.contains(tag))
            return true;
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && e.text().length() < 200)
            return true;
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("display:none") || style.contains("visibility:hidden"))
            return true;
        if (tag.equals("header") || tag.equals("form"))
            return e.select("p").size() <= 2;
        if (tag.equals("article") || e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody"))
            return false;
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).strip();
        if (names.isEmpty())
            return false;
        for (String w : clutter.clutterWords)
            if (names.contains(w))
                return true;
        for (String k : clutter.keepWords)
            if (names.contains(k))
                return false;
        for (String token : names.split("[\\s_\\-]+"))
            if (clutter.clutterTokens.contains(token))
                return true;
        return false;
    }

    /** Guard against a misleading class name on a wrapper: never remove what holds most of the page's paragraphs. */
    private static boolean holdsArticle(Element e, int totalParagraphChars) {
        if (e.selectFirst("[itemprop=articleBody]") != null)
            return true;
        if (totalParagraphChars < 500)
            return false;
        return paragraphChars(e) > totalParagraphChars * 0.4;
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.select("p"))
            n += p.text().length();
        return n;
    }

    // ---- choosing the content root ----

    private List<Element> chooseRoots(Document doc, Element body) {
        Element declared = null;
        for (Element e : doc.select("[itemprop=articleBody], [itemprop=articlebody]"))
            if (declared == null || e.text().length() > declared.text().length())
                declared = e;
        if (declared != null && declared.text().length() >= 250)
            return List.of(declared);

        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            String text;
            if (SCORED.contains(tag))
                text = e.text();
            else if (CONTAINERS.contains(tag) && !tag.equals("body"))
                text = e.ownText();
            else
                continue;
            if (text.length() < 25)
                continue;
            double s = 1 + commas(text) + Math.min(text.length() / 100, 3);
            if (!SCORED.contains(tag))
                scores.merge(e, s + initialScore(e), (a, b) -> a + s);
            Element parent = e.parent();
            for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                Element p = parent;
                scores.computeIfAbsent(p, this::initialScore);
                scores.merge(p, s / divider, Double::sum);
            }
        }
        Element top = null;
        double topScore = 0;
        Map<Element, Double> finals = new IdentityHashMap<>();
        for (var entry : scores.entrySet()) {
            double f = entry.getValue() * (1 - linkDensity(entry.getKey()));
            finals.put(entry.getKey(), f);
            if (top == null || f > topScore) {
                top = entry.getKey();
                topScore = f;
            }
        }
        if (top == null)
            return List.of(body);
        top = climb(top, finals, topScore);
        topScore = finals.getOrDefault(top, topScore);
        Element parent = top.parent();
        if (parent == null || top == body)
            return List.of(top);
        List<Element> roots = new ArrayList<>();
        double threshold = Math.max(10, topScore * 0.2);
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                roots.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
            Double s = finals.get(sibling);
            if (s != null && s + bonus >= threshold) {
                roots.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                String text = sibling.text();
                double ld = linkDensity(sibling);
                if ((text.length() > 80 && ld < 0.25) || (text.length() <= 80 && ld == 0 && text.matches(".*\\.( .*|$)")))
                    roots.add(sibling);
            }
        }
        return roots;
    }

    /** Moves up while the parent holds nearly the same text: a wrapper around the best block reads the same. */
    private static Element climb(Element top, Map<Element, Double> finals, double topScore) {
        Element cur = top;
        while (cur.parent() != null && !cur.parent().normalName().equals("body")) {
            Element p = cur.parent();
            Double ps = finals.get(p);
            if (ps == null || ps < topScore * 0.75 || p.text().length() > cur.text().length() * 1.3)
                break;
            cur = p;
        }
        return cur;
    }

    private double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article"))
            s += 10;
        s += classWeight(e.className()) + classWeight(e.id());
        return s;
    }

    private double classWeight(String name) {
        if (name == null || name.isEmpty())
            return 0;
        String n = name.toLowerCase(Locale.ROOT);
        double w = 0;
        for (String neg : clutter.negativeWords)
            if (n.contains(neg)) {
                w -= 25;
                break;
            }
        for (String pos : clutter.positiveWords)
            if (n.contains(pos)) {
                w += 25;
                break;
            }
        return w;
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0)
            return 0;
        int links = 0;
        for (Element a : e.select("a"))
            links += a.text().length();
        return Math.min(1.0, (double) links / total);
    }

    private static int commas(String s) {
        return Text.count(s, ',') + Text.count(s, '，') + Text.count(s, '、');
    }
}
