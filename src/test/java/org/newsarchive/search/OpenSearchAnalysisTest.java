package org.newsarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.persistence.EntityManagerFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsarchive.article.Article;
import org.newsarchive.index.IndexAnalyzers;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.text.Analyzers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.EnabledIf;

/**
 * OpenSearch analyzes text into the very terms the archive's own analyzers make of it, so that what is
 * highlighted, suggested and compared outside a search agrees with what the cluster indexed.
 */
@ArchiveTest
@EnabledIf(expression = "#{environment.matchesProfiles('opensearch')}", loadContext = true)
class OpenSearchAnalysisTest {

    static final String TEXT = "NATO's written reply: talks in Kiev on negotiations with Riabkov, Sergey Lavrov's "
            + "deputy, about the Donbass; El País reported 2,000 Tomahawks. Zelenskiy and Podolyak, "
            + "Aleksandr Grushko — Antony Blinken's answer is the NATO-Russia Council's.";

    @Autowired
    IndexAnalyzers analyzers;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Analyzers.ENGLISH, Analyzers.WORDS, Analyzers.WORD_PREFIXES})
    void openSearchAnalyzesAsTheArchiveDoes(String analyzer) throws IOException {
        assertThat(openSearch("analyzer", analyzer, TEXT)).isEqualTo(archive(analyzer, TEXT)).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"El País", "Ämter ÉTÉ Straße", "Kiev's NATO"})
    void openSearchNormalizesSortKeysAsTheArchiveDoes(String value) throws IOException {
        assertThat(openSearch("normalizer", Analyzers.SORT, value)).isEqualTo(archive(Analyzers.SORT, value));
    }

    private List<String> archive(String analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzers.named(analyzer).tokenStream("body", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        }
        return terms;
    }

    private List<String> openSearch(String kind, String name, String text) throws IOException {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        String index = mapping.indexedEntity(Article.class).indexManager()
                .unwrap(ElasticsearchIndexManager.class).descriptor().readName();
        JsonObject body = new JsonObject();
        body.addProperty(kind, name);
        body.addProperty("text", text);
        Request request = new Request("POST", "/" + index + "/_analyze");
        request.setJsonEntity(body.toString());
        RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        List<String> terms = new ArrayList<>();
        try (Reader response = new InputStreamReader(client.performRequest(request).getEntity().getContent(),
                StandardCharsets.UTF_8)) {
            for (JsonElement token : JsonParser.parseReader(response).getAsJsonObject().getAsJsonArray("tokens")) {
                terms.add(token.getAsJsonObject().get("token").getAsString());
            }
        }
        return terms;
    }
}
