package org.newsarchive.index;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import com.google.gson.JsonParser;
import jakarta.persistence.EntityManagerFactory;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The size of the archive's OpenSearch indexes, every copy on every node of the cluster, asked of the
 * cluster each time.
 */
@Component
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.backend.type", havingValue = "elasticsearch")
class OpenSearchIndexSize implements IndexSize {

    private final EntityManagerFactory entityManagerFactory;

    OpenSearchIndexSize(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** A cluster that cannot be reached or answers with an error reports no value. */
    @Override
    public double bytes() {
        SearchMapping mapping = Search.mapping(entityManagerFactory);
        String indexes = mapping.allIndexedEntities().stream()
                .map(entity -> entity.indexManager().unwrap(ElasticsearchIndexManager.class).descriptor().readName())
                .collect(Collectors.joining(","));
        RestClient client = mapping.backend().unwrap(ElasticsearchBackend.class).client(RestClient.class);
        try (Reader body = new InputStreamReader(client.performRequest(new Request("GET", "/" + indexes + "/_stats/store"))
                .getEntity().getContent(), StandardCharsets.UTF_8)) {
            return JsonParser.parseReader(body).getAsJsonObject().getAsJsonObject("_all").getAsJsonObject("total")
                    .getAsJsonObject("store").get("size_in_bytes").getAsDouble();
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
