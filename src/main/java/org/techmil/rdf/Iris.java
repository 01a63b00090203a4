package org.techmil.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.techmil.extract.Claim;
import org.techmil.extract.Entity;

/**
 * Stable IRIs: the same source name, entity or claim gets the same IRI on every run and machine.
 * An article's IRI also names its graph.
 */
public final class Iris {
    private Iris() {
    }

    public static Node article(String sourceName) {
        return Vocab.iri(Vocab.BASE + "article/" + digest(sourceName));
    }

    public static Node entity(Entity e) {
        return Vocab.iri(Vocab.BASE + "entity/" + e.id());
    }

    public static Node claim(Node article, Claim c) {
        return Vocab.iri(article.getURI() + "/claim/" + c.type().localName().toLowerCase(Locale.ROOT) + "/"
                + c.subject().id() + "/" + c.object().id());
    }

    public static Node evidence(Node claim, int index) {
        return Vocab.iri(claim.getURI() + "/evidence/" + index);
    }

    static String digest(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
