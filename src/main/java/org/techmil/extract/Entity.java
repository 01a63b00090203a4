package org.techmil.extract;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A real-world organisation, state or person, as the gazetteer knows it or as an article introduced it.
 *
 * @param id          stable slug used in the entity's IRI
 * @param label       canonical name
 * @param type        contract class
 * @param aliases     other names
 * @param country     ISO 3166-1 alpha-2 code of its home state, or null
 * @param wikidata    Wikidata Q-id, or null
 * @param parent      id of a parent organisation, or null
 * @param affiliation for a person, id of the organisation they speak for, or null
 * @param roles       for a person, roles such as "spokesperson"
 */
public record Entity(String id, String label, EntityType type, List<String> aliases, String country, String wikidata,
                     String parent, String affiliation, List<String> roles) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    public Entity {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (id == null || !ID.matcher(id).matches())
            throw new IllegalArgumentException("entity id must be a lower-case slug: " + id);
        if (wikidata != null && !QID.matcher(wikidata).matches())
            throw new IllegalArgumentException("wikidata id must look like Q123: " + wikidata + " (entity " + id + ")");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Its label, then its aliases. */
    public java.util.stream.Stream<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(label), aliases.stream());
    }

    /** The id of the body this one belongs to (its gazetteer parent), else its own: a department and its agency share it. */
    public String family() {
        return parent != null ? parent : id;
    }

    /** An entity found in text but unknown to the gazetteer (a person named with a title or role). */
    public static Entity discovered(String prefix, String label, EntityType type) {
        return new Entity(prefix + "-" + slug(label), label, type, List.of(), null, null, null, null, List.of());
    }

    public static String slug(String s) {
        // letters that no accent-stripping turns into ASCII: Turkish dotless i, Polish l with stroke, Nordic o ...
        String plain = s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
                .replace("đ", "d").replace("Đ", "D").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe");
        String ascii = java.text.Normalizer.normalize(plain, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "x" + Integer.toHexString(s.hashCode()) : slug;
    }
}
