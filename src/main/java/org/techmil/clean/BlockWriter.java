package org.techmil.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/** Walks an element in reading order and cuts its text into blocks at block-level element boundaries. */
final class BlockWriter implements NodeVisitor {
    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer", "aside",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr",
            "thead", "tbody", "tfoot", "caption", "figure", "figcaption", "address", "hr", "center", "details", "summary",
            "fieldset", "form", "nav", "body", "html", "option", "legend");

    private final List<Block> blocks = new ArrayList<>();
    private final Deque<String> open = new ArrayDeque<>();
    private StringBuilder buf = new StringBuilder();
    private int linkChars;
    private int anchorDepth;
    private int preDepth;

    static List<Block> blocksOf(List<Element> roots) {
        BlockWriter w = new BlockWriter();
        for (Element root : roots)
            NodeTraversor.traverse(w, root);
        w.flush();
        return w.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = preDepth > 0 ? t.getWholeText() : t.getWholeText().replaceAll("[ \\t\\n\\r\\f]+", " ");
            buf.append(s);
            if (anchorDepth > 0)
                linkChars += s.strip().length();
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                if (preDepth > 0)
                    buf.append('\n');
                else
                    flush();
                return;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                open.push(tag);
            }
            switch (tag) {
                case "a" -> anchorDepth++;
                case "pre" -> preDepth++;
                case "td", "th" -> buf.append(' ');
                default -> {
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br"))
                return;
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                if (!open.isEmpty())
                    open.pop();
            }
            switch (tag) {
                case "a" -> anchorDepth = Math.max(0, anchorDepth - 1);
                case "pre" -> preDepth = Math.max(0, preDepth - 1);
                case "td", "th" -> buf.append(' ');
                default -> {
                }
            }
        }
    }

    private void flush() {
        String text = preDepth > 0 ? buf.toString().strip() : Text.collapse(buf.toString());
        if (!text.isEmpty() && text.codePoints().anyMatch(Character::isLetterOrDigit))
            blocks.add(new Block(text, open.isEmpty() ? "body" : open.peek(), Math.min(linkChars, text.length())));
        buf = new StringBuilder();
        linkChars = 0;
    }
}
