package org.techmil.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The secret a client must send as {@code Authorization: Bearer <token>} to write to the store. Only its SHA-256
 * digest is kept, and a presented token is checked by comparing digests with {@link MessageDigest#isEqual}, which
 * takes the same time wherever the first difference is; hashing first also hides the secret's length.
 */
public final class BearerToken {
    /** Tokens shorter than this are refused: a guessable secret is no protection. */
    public static final int MIN_LENGTH = 16;

    private final byte[] digest;

    private BearerToken(byte[] digest) {
        this.digest = digest;
    }

    /** A token from its text (surrounding white space, such as a file's final newline, is dropped). */
    public static BearerToken of(String secret) {
        String s = secret == null ? "" : secret.strip();
        if (s.isEmpty())
            throw new IllegalArgumentException("the token is empty");
        if (s.length() < MIN_LENGTH)
            throw new IllegalArgumentException("the token is " + s.length() + " characters; use at least " + MIN_LENGTH
                    + " (e.g. openssl rand -hex 32)");
        if (!s.chars().allMatch(c -> c > 0x20 && c < 0x7f))
            throw new IllegalArgumentException("the token must be printable ASCII with no spaces");
        return new BearerToken(sha256(s));
    }

    /** Whether {@code presented} is this token, in time that does not depend on where they differ. */
    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(digest, sha256(presented));
    }

    @Override
    public String toString() {
        return "BearerToken[hidden]";
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
