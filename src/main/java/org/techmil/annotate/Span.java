package org.techmil.annotate;

/**
 * A half-open range {@code [start, end)} of UTF-16 indexes into an article body.
 * Offsets become Unicode code points only when written to RDF.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start)
            throw new IllegalArgumentException("span must satisfy 0 <= start <= end: " + start + ".." + end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int index) {
        return start <= index && index < end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public String coveredText(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
