package org.newsarchive.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.newsarchive.text.TextSpan;

/** The sentences of a body as spans, by the JDK's sentence boundaries, without trailing blanks. */
final class Sentences {

    private Sentences() {
    }

    static List<TextSpan> of(String body) {
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        boundaries.setText(body);
        List<TextSpan> sentences = new ArrayList<>();
        for (int start = boundaries.first(), end = boundaries.next(); end != BreakIterator.DONE;
                start = end, end = boundaries.next()) {
            int trimmed = end;
            while (trimmed > start && Character.isWhitespace(body.charAt(trimmed - 1))) {
                trimmed--;
            }
            if (trimmed > start) {
                sentences.add(new TextSpan(start, trimmed));
            }
        }
        return sentences;
    }

    static TextSpan containing(List<TextSpan> sentences, int offset) {
        return sentences.stream().filter(sentence -> sentence.start() <= offset && offset < sentence.end())
                .findFirst().orElse(sentences.get(sentences.size() - 1));
    }
}
