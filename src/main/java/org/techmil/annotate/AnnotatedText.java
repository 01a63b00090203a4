package org.techmil.annotate;

import java.util.List;

/**
 * A body with its tokens, sentences and quotations, and lookups between them.
 * Tokens carry folded text (ASCII apostrophes and dashes) while spans point into the original body.
 */
public final class AnnotatedText {
    private final String text;
    private final String folded;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<Span> quotes;
    private final int[] sentenceOfToken;

    public AnnotatedText(String text, SentenceSplitter splitter) {
        this.text = text;
        this.folded = lowerFolded(text);
        this.tokens = List.copyOf(Tokenizer.tokenize(text));
        this.quotes = List.copyOf(QuoteFinder.find(text));
        List<Span> spans = splitter.split(text);
        this.sentenceOfToken = new int[tokens.size()];
        java.util.ArrayList<Sentence> list = new java.util.ArrayList<>();
        int t = 0;
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            while (t < tokens.size() && tokens.get(t).span().start() < span.start())
                sentenceOfToken[t++] = Math.max(0, s - 1);
            int first = t;
            while (t < tokens.size() && tokens.get(t).span().start() < span.end())
                sentenceOfToken[t++] = s;
            list.add(new Sentence(s, span, first, t));
        }
        while (t < tokens.size())
            sentenceOfToken[t++] = Math.max(0, spans.size() - 1);
        this.sentences = List.copyOf(list);
    }

    /** Lower case and typographic marks folded, character for character, so regex offsets equal body offsets. */
    private static String lowerFolded(String text) {
        String f = Tokenizer.fold(text);
        char[] chars = f.toCharArray();
        for (int i = 0; i < chars.length; i++)
            chars[i] = Character.toLowerCase(chars[i]);
        return new String(chars);
    }

    public String text() {
        return text;
    }

    /** The body in lower case with folded quotes, apostrophes and dashes; same length and offsets as {@link #text()}. */
    public String folded() {
        return folded;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public List<Span> quotes() {
        return quotes;
    }

    public Sentence sentenceOfToken(int tokenIndex) {
        return sentences.get(sentenceOfToken[tokenIndex]);
    }

    /** The sentence holding the character at {@code offset}, or the last one before it. */
    public Sentence sentenceAt(int offset) {
        if (sentences.isEmpty())
            return null;
        int lo = 1; // binary search for the first sentence that starts after offset; sentences are in text order
        int hi = sentences.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).span().start() > offset)
                hi = mid;
            else
                lo = mid + 1;
        }
        return sentences.get(lo - 1);
    }

    /** The quotation that holds {@code span}, or null. */
    public Span quoteAround(Span span) {
        for (Span q : quotes)
            if (q.start() < span.start() && span.end() <= q.end())
                return q;
        return null;
    }

    /** Index of the first token that starts at or after {@code offset}. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /** Number of word tokens strictly between two offsets. */
    public int wordsBetween(int from, int to) {
        int count = 0;
        for (int i = tokenAtOrAfter(from); i < tokens.size() && tokens.get(i).span().end() <= to; i++)
            if (tokens.get(i).isWord())
                count++;
        return count;
    }
}
