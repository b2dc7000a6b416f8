package org.newsarchive.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;

import org.newsarchive.article.ContentHash;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an input file as the captures it holds, by its kind: a raw capture or plain text (with the
 * metadata of a sidecar JSON file), an HTML page, a JSON article, or JSON Lines with one article a
 * line. What cannot be read becomes an {@link Unreadable} with the reason, never an exception.
 */
@Component
class CaptureReader {

    private final JsonMapper json;
    private final InputSizeLimit sizeLimit;

    CaptureReader(JsonMapper json, ImportProperties properties) {
        this.json = json;
        this.sizeLimit = new InputSizeLimit(properties);
    }

    enum Kind { TEXT, HTML, JSON, JSON_LINES }

    static Kind kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return Kind.HTML;
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Kind.JSON_LINES;
        }
        return lower.endsWith(".json") ? Kind.JSON : Kind.TEXT;
    }

    /** The captures of one input; a stream because a JSON Lines file may hold very many. Close it. */
    Stream<Reading> read(ImportSource source) {
        try {
            if (source.refusal() != null) {
                return Stream.of(new Unreadable(source.name(), source.refusal(), false));
            }
            if (kindOf(source.name()) == Kind.JSON_LINES) {
                return lines(source);
            }
            byte[] bytes = sizeLimit.bytesOf(source.content());
            return Stream.of(switch (kindOf(source.name())) {
                case HTML -> html(source, bytes);
                case JSON -> submitted(source.name(), parse(TextDecoder.decode(bytes), source.name()), source.given());
                default -> text(source, bytes);
            });
        } catch (UnreadableInputException e) {
            return Stream.of(new Unreadable(source.name(), e.getMessage(), e.isTooLarge()));
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(new Unreadable(source.name(), "The file could not be read: " + e.getMessage(), false));
        }
    }

    /** A submission through the API, read like a line of a JSON Lines file. */
    Reading read(String sourceName, SubmittedArticle article) {
        try {
            return submitted(sourceName, article, ArticleMetadata.NONE);
        } catch (UnreadableInputException e) {
            return new Unreadable(sourceName, e.getMessage(), e.isTooLarge());
        }
    }

    private Capture text(ImportSource source, byte[] bytes) throws IOException {
        String text = TextDecoder.decode(bytes);
        return new Capture(source.name(), text, ContentHash.of(bytes), text, given(source));
    }

    private Capture html(ImportSource source, byte[] bytes) throws IOException {
        String html = TextDecoder.decode(bytes);
        HtmlText.Page page = HtmlText.extract(html);
        if (page.text().isBlank()) {
            throw new UnreadableInputException("The HTML page has no text.");
        }
        return new Capture(source.name(), html, ContentHash.of(bytes), page.text(), given(source).orElse(page.metadata()));
    }

    private Capture submitted(String sourceName, SubmittedArticle article, ArticleMetadata given) {
        if (article.text() == null || article.text().isBlank()) {
            throw new UnreadableInputException("The article has no \"text\".");
        }
        byte[] bytes = article.text().getBytes(StandardCharsets.UTF_8);
        sizeLimit.check(bytes.length);
        if (article.text().indexOf('\0') >= 0) {
            throw new UnreadableInputException("The text holds NUL characters: it is binary, not text.");
        }
        return new Capture(sourceName, article.text(), ContentHash.of(bytes), article.text(), article.metadata().orElse(given));
    }

    private Stream<Reading> lines(ImportSource source) throws IOException {
        // Each line is one article, so the size limit applies to each line, not to the file.
        return JsonLines.stream(source.name(), source.content().getInputStream(), (name, line) -> {
            try {
                return submitted(name, parse(line, name), source.given());
            } catch (UnreadableInputException e) {
                return new Unreadable(name, e.getMessage(), e.isTooLarge());
            }
        });
    }

    private SubmittedArticle parse(String text, String name) {
        try {
            SubmittedArticle article = json.readValue(text, SubmittedArticle.class);
            if (article == null) {
                throw new UnreadableInputException(name + " is not a JSON object with a \"text\".");
            }
            return article;
        } catch (JacksonException e) {
            throw new UnreadableInputException("Not valid JSON for an article: " + JsonProblem.of(e));
        }
    }

    /** The more specific source wins: a sidecar beside the file over the manifest row naming it. */
    private ArticleMetadata given(ImportSource source) throws IOException {
        return sidecar(source).orElse(source.given());
    }

    private ArticleMetadata sidecar(ImportSource source) throws IOException {
        if (source.sidecar() == null) {
            return ArticleMetadata.NONE;
        }
        String text = TextDecoder.decode(sizeLimit.bytesOf(source.sidecar()));
        try {
            ArticleMetadata metadata = json.readValue(text, ArticleMetadata.class);
            return metadata == null ? ArticleMetadata.NONE : metadata;
        } catch (JacksonException e) {
            throw new UnreadableInputException("Its sidecar " + source.sidecar().getFilename()
                    + " is not valid JSON metadata: " + JsonProblem.of(e));
        }
    }
}
