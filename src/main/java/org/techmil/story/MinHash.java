package org.techmil.story;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word shingles of a cleaned body and their MinHash signature. Two bodies whose signatures agree in a large share of
 * positions share about that share of their shingles (Jaccard similarity), which is how a reprint or a light rewrite
 * of the same copy is recognised. The hash functions are fixed, so a signature is the same on every run.
 */
public final class MinHash {
    /** Words per shingle. */
    public static final int SHINGLE_WORDS = 4;
    /** Positions in a signature; split into {@link #BANDS} bands for candidate search. */
    public static final int SIZE = 128;
    public static final int BANDS = 32;
    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    /** Hashes of the distinct {@value #SHINGLE_WORDS}-word shingles of {@code text} (words lower-cased, punctuation dropped). */
    public static Set<Long> shingles(String text) {
        List<String> words = words(text);
        Set<Long> out = new HashSet<>();
        if (words.isEmpty())
            return out;
        int k = Math.min(SHINGLE_WORDS, words.size());
        for (int i = 0; i + k <= words.size(); i++)
            out.add(hash(String.join(" ", words.subList(i, i + k))));
        return out;
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            if (!w.isEmpty())
                out.add(w);
        return out;
    }

    /** The signature: for each fixed hash function, the least hash over all shingles. */
    public static long[] signature(Set<Long> shingles) {
        long[] sig = new long[SIZE];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles)
            for (int i = 0; i < SIZE; i++) {
                long h = mix(s ^ SEEDS[i]);
                if (h < sig[i])
                    sig[i] = h;
            }
        return sig;
    }

    /** Estimated Jaccard similarity: the share of positions where two signatures agree (0 for empty texts). */
    public static double similarity(long[] a, long[] b) {
        if (a[0] == Long.MAX_VALUE || b[0] == Long.MAX_VALUE)
            return 0;
        int same = 0;
        for (int i = 0; i < SIZE; i++)
            if (a[i] == b[i])
                same++;
        return same / (double) SIZE;
    }

    /**
     * A signature folded to 32 bits a position (512 bytes), as the story stage keeps one per article; null for an empty
     * text, which is near no other. Two folded positions agree by chance with probability 2^-32, so the estimate is
     * the one of the full signature.
     */
    public static int[] compact(long[] sig) {
        if (sig[0] == Long.MAX_VALUE)
            return null;
        int[] out = new int[SIZE];
        for (int i = 0; i < SIZE; i++)
            out[i] = (int) (sig[i] ^ (sig[i] >>> 32));
        return out;
    }

    /** {@link #similarity(long[], long[])} of two compact signatures (0 when either is null). */
    public static double similarity(int[] a, int[] b) {
        if (a == null || b == null)
            return 0;
        int same = 0;
        for (int i = 0; i < SIZE; i++)
            if (a[i] == b[i])
                same++;
        return same / (double) SIZE;
    }

    /** The key of band {@code band} of a compact signature: documents with an equal key are candidates for comparison. */
    public static long bandKey(int[] sig, int band) {
        int rows = SIZE / BANDS;
        long h = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < rows; r++)
            h = mix(h ^ sig[band * rows + r]);
        return h;
    }

    /** Exact Jaccard similarity of two shingle sets, for checking the estimate. */
    public static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty())
            return 0;
        Set<Long> inter = new HashSet<>(a);
        inter.retainAll(b);
        return inter.size() / (double) (a.size() + b.size() - inter.size());
    }

    /** 64-bit FNV-1a of a string's UTF-16 units, finished with {@link #mix}. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** A 64-bit finaliser (the one of SplitMix64). */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] s = new long[SIZE];
        long x = 0x7EC4_411L;
        for (int i = 0; i < SIZE; i++) {
            x += 0x9E3779B97F4A7C15L;
            s[i] = mix(x);
        }
        return s;
    }
}
