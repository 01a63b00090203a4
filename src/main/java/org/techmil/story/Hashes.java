package org.techmil.story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Short stable digests for the IRIs of groups: the same members give the same IRI on every run. */
final class Hashes {
    private Hashes() {
    }

    /** The first 8 bytes of the SHA-256 of the parts joined by newlines, in hex (callers pass them sorted). */
    static String digest(List<String> parts) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
