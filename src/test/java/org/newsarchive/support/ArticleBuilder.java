package org.newsarchive.support;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsarchive.ingest.ImportReport;
import org.newsarchive.ingest.ImportSource;
import org.newsarchive.ingest.Importer;
import org.springframework.core.io.ByteArrayResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test data: one article as a JSON Lines upload gives it to the importer, field by field. Fields left out are
 * left out of the upload too, for the pipeline to find in the text or do without.
 */
public final class ArticleBuilder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> fields = new LinkedHashMap<>();
    private String fileName = "article.jsonl";

    private ArticleBuilder(String text) {
        fields.put("text", text);
    }

    public static ArticleBuilder anArticle(String text) {
        return new ArticleBuilder(text);
    }

    public ArticleBuilder titled(String title) {
        return with("title", title);
    }

    public ArticleBuilder from(String outlet) {
        return with("outlet", outlet);
    }

    /** {@code date} as the upload writes it: {@code YYYY-MM-DD}. */
    public ArticleBuilder on(String date) {
        return with("date", date);
    }

    public ArticleBuilder at(String url) {
        return with("url", url);
    }

    /** The upload's file name, which the import report names as each article's source. */
    public ArticleBuilder inFile(String name) {
        fileName = name;
        return this;
    }

    public ImportReport importWith(Importer importer) {
        byte[] line = JSON.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8);
        return importer.importAll(List.of(new ImportSource(fileName, new ByteArrayResource(line), null)), outcomes -> { });
    }

    private ArticleBuilder with(String field, String value) {
        fields.put(field, value);
        return this;
    }
}
