package org.newsarchive.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes articles 0..size-1 of the corpus as JSON Lines in the format of the app's import command, so
 * that the real pipeline (reading, dating, language, boilerplate, tagging, quotes, stories) can be timed
 * on the same articles the fast path loads. Actors are not given: the pipeline finds them in the text.
 */
final class JsonLines {

    private JsonLines() {
    }

    static void write(String url, String user, long seed, int size, Path file) throws Exception {
        Corpus corpus;
        try (Connection db = Load.connect(url, user)) {
            corpus = new Corpus(seed, Load.OUTLETS, Load.actors(db));
        }
        JsonFactory json = JsonFactory.builder().rootValueSeparator("\n").build();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator lines = json.createGenerator(out)) {
            for (long n = 0; n < size; n++) {
                Corpus.Article article = corpus.article(n);
                lines.writeStartObject();
                lines.writeStringProperty("title", article.title());
                lines.writeStringProperty("outlet", Corpus.outletName(article.outlet()));
                lines.writeStringProperty("date", article.publishedOn().toString());
                lines.writeStringProperty("text", article.body());
                lines.writeEndObject();
            }
        }
    }
}
