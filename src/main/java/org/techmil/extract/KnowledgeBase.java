package org.techmil.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Everything the extractor knows, read from the data files of {@code extractor/}: the gazetteer, the lexicon and
 * the claim frames. The files are bundled in the jar; a folder given on the command line overrides them.
 */
public record KnowledgeBase(Gazetteer gazetteer, Lexicon lexicon, Frames frames) {
    static final String GAZETTEER = "gazetteer.jsonl";
    static final String LEXICON = "lexicon.json";
    static final String FRAMES = "frames.json";
    private static final String BUNDLED = "techmil/extractor/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Loads the bundled knowledge, or the files of {@code folder} when it is not null. */
    public static KnowledgeBase load(Path folder) {
        return new KnowledgeBase(
                new Gazetteer(readGazetteer(folder)),
                new Lexicon(readJson(folder, LEXICON)),
                new Frames(readJson(folder, FRAMES)));
    }

    private static InputStream open(Path folder, String name) throws IOException {
        if (folder != null)
            return Files.newInputStream(folder.resolve(name));
        InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(BUNDLED + name);
        if (in == null)
            throw new IOException("bundled resource " + BUNDLED + name + " is missing from the jar");
        return in;
    }

    private static JsonNode readJson(Path folder, String name) {
        try (InputStream in = open(folder, name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read extractor/" + name + ": " + e.getMessage(), e);
        }
    }

    private static List<Entity> readGazetteer(Path folder) {
        List<Entity> entities = new ArrayList<>();
        try (InputStream in = open(folder, GAZETTEER);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("//"))
                    continue;
                try {
                    entities.add(toEntity(JSON.readTree(line)));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException("extractor/" + GAZETTEER + " line " + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read extractor/" + GAZETTEER + ": " + e.getMessage(), e);
        }
        return entities;
    }

    private static Entity toEntity(JsonNode n) {
        return new Entity(text(n, "id"), text(n, "label"), EntityType.fromLocalName(text(n, "type")),
                strings(n.get("aliases")), text(n, "country"), text(n, "wikidata"), text(n, "parent"),
                text(n, "affiliation"), strings(n.get("roles")));
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null)
            array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
