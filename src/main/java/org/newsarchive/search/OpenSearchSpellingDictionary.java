package org.newsarchive.search;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.newsarchive.article.Article;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * OpenSearch's term suggester, which runs Lucene's direct spell checker on the cluster: its defaults are
 * the spell checker's, so the words it offers are those {@link LuceneSpellingDictionary} would.
 */
@Component
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.backend.type", havingValue = "elasticsearch")
class OpenSearchSpellingDictionary implements SpellingDictionary {

    private final IndexReads reads;

    OpenSearchSpellingDictionary(IndexReads reads) {
        this.reads = reads;
    }

    @Override
    public List<List<String>> closest(List<String> words, int count) {
        if (words.isEmpty()) {
            return List.of();
        }
        JsonObject suggest = new JsonObject();
        for (int i = 0; i < words.size(); i++) {
            JsonObject term = new JsonObject();
            term.addProperty("field", FIELD);
            term.addProperty("suggest_mode", "missing");
            term.addProperty("size", count);
            term.addProperty("accuracy", ACCURACY);
            JsonObject suggestion = new JsonObject();
            suggestion.addProperty("text", words.get(i));
            suggestion.add("term", term);
            suggest.add(String.valueOf(i), suggestion);
        }
        JsonObject response = reads.read(session -> session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .where(f -> f.matchNone())
                .requestTransformer(request -> request.body().add("suggest", suggest))
                .fetch(0)
                .responseBody());
        List<List<String>> closest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> options = new ArrayList<>();
            for (JsonElement entry : response.getAsJsonObject("suggest").getAsJsonArray(String.valueOf(i))) {
                for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
                    options.add(option.getAsJsonObject().get("text").getAsString());
                }
            }
            closest.add(options);
        }
        return closest;
    }
}
