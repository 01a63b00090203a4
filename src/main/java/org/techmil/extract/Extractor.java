package org.techmil.extract;

import java.util.List;

import org.techmil.annotate.AnnotatedText;
import org.techmil.annotate.SentenceSplitter;
import org.techmil.clean.CleanedArticle;

/** Entities and claims from one cleaned article; all knowledge comes from a {@link KnowledgeBase}. */
public final class Extractor {
    private final KnowledgeBase knowledge;
    private final SentenceSplitter splitter;
    private final EntityRecognizer recognizer;

    public Extractor(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.splitter = new SentenceSplitter(knowledge.lexicon().abbreviations());
        this.recognizer = new EntityRecognizer(knowledge.gazetteer(), knowledge.lexicon());
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public AnnotatedText annotate(String body) {
        return new AnnotatedText(body, splitter);
    }

    public Extraction extract(CleanedArticle article) {
        AnnotatedText text = annotate(article.body());
        List<Mention> mentions = recognizer.recognise(text);
        List<Mention> claimable = mentions.stream().filter(m -> m.kind() != Mention.Kind.NESTED).toList();
        List<FoundClaim> found = new ClaimFinder(text, claimable, knowledge.frames(), knowledge.gazetteer(), knowledge.lexicon()).find();
        return new Extraction(article, mentions, ClaimMerger.merge(found, text.text()));
    }
}
