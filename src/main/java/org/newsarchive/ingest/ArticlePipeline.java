package org.newsarchive.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsarchive.actor.AliasDictionary;
import org.newsarchive.text.TextSpan;
import org.springframework.stereotype.Component;

/**
 * Turns a capture into an article draft, step by step: normalise, date, detect the language and the lines
 * in another (what the capture alone tells, so it can be prepared ahead on another thread), then remove
 * boilerplate (with the lines its site is known to repeat), find the title, and tag citations, actors
 * (never inside a citation), names no dictionary knows (a misspelling of a known name is that actor; a
 * rejected name is nothing), demands and quotes.
 */
@Component
class ArticlePipeline {

    private final LanguageDetector languages;
    private final NameRecogniser names;

    ArticlePipeline(LanguageDetector languages, NameRecogniser names) {
        this.languages = languages;
        this.names = names;
    }

    /** What the capture alone tells: its dated text, its language, and the lines plainly in another. */
    record Prepared(Capture capture, DateDetector.Dated dated, String language, Set<String> foreignLines) {
    }

    Prepared prepare(Capture capture) {
        ArticleMetadata metadata = capture.metadata();
        if (metadata.url() != null && OutletResolver.host(metadata.url()).isEmpty()) {
            throw new UnreadableInputException("The \"url\" " + metadata.url() + " is not a web address.");
        }
        DateDetector.Dated dated = DateDetector.detect(TextNormaliser.normalise(capture.text()), metadata);
        String language = languages.detect(dated.text());
        Set<String> foreign = dated.text().lines().map(String::strip).filter(BoilerplateRemover::judgedForLanguage)
                .distinct().filter(line -> languages.isClearlyNotIn(line, language)).collect(Collectors.toSet());
        return new Prepared(capture, dated, language, foreign);
    }

    ArticleDraft read(Prepared prepared, Vocabulary vocabulary, Set<String> siteFurniture) {
        Capture capture = prepared.capture();
        ArticleMetadata metadata = capture.metadata();
        DateDetector.Dated dated = prepared.dated();
        String language = prepared.language();
        PageText page = BoilerplateRemover.clean(dated.text(), prepared.foreignLines()::contains, siteFurniture);
        TitleDetector.Titled titled = TitleDetector.detect(page, metadata);
        if (titled.paragraphs().isEmpty()) {
            throw new UnreadableInputException("No reading text is left once the page's furniture is removed.");
        }
        String body = String.join("\n\n", titled.paragraphs());
        List<AliasDictionary.Match> citations = vocabulary.outlets().findIn(body, List.of());
        List<TextSpan> cited = citations.stream().map(AliasDictionary.Match::span).toList();
        List<AliasDictionary.Match> actors = new ArrayList<>(vocabulary.actors().findIn(body, cited));
        List<TextSpan> known = Stream.concat(cited.stream(), actors.stream().map(AliasDictionary.Match::span)).toList();
        List<NameRecogniser.FoundName> found = new ArrayList<>();
        for (NameRecogniser.FoundName name : names.find(body, known)) {
            Optional<Long> misspelt = vocabulary.actors().closeTo(name.name());
            if (misspelt.isPresent()) {
                actors.add(new AliasDictionary.Match(misspelt.get(), name.span()));
            } else if (!vocabulary.rejectedNames().contains(name.key())) {
                found.add(name);
            }
        }
        actors.sort(Comparator.comparingInt(match -> match.span().start()));
        return new ArticleDraft(capture, titled.title(), titled.evidence(), body, new ArrayList<>(page.captions()), dated.date(),
                page.byline(), page.signedBy(), language, citations, actors, DemandTagger.find(body),
                QuoteExtractor.find(body, actors), found);
    }
}
