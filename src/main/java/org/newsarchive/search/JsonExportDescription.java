package org.newsarchive.search;

import java.util.List;
import java.util.Set;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.newsarchive.web.ApiComponents;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schema of {@link JsonExport}'s file, which is streamed hit by hit rather than returned as a record, so
 * springdoc cannot see it: each {@link ExportedHit} with its address, the search's own address and the count.
 */
@Configuration
@ConditionalOnWebApplication
class JsonExportDescription {

    @Bean
    OpenApiCustomizer jsonExportSchema() {
        return api -> {
            Schema<?> hit = ModelConverters.getInstance(true).read(new AnnotatedType(ExportedHit.class)).get("ExportedHit");
            hit.addProperty("url", text("The article's page.", "uri"));
            hit.setRequired(hit.getProperties().keySet().stream().sorted().toList());
            api.getComponents().addSchemas("ExportedHit", hit);
            api.getComponents().addSchemas(ApiComponents.SEARCH_EXPORT, new JsonSchema().types(Set.of("object"))
                    .description("Every hit of a search, in the search's order.")
                    .addProperty("search", text("The search page of this search.", "uri"))
                    .addProperty("hits", new JsonSchema().types(Set.of("array")).items(new JsonSchema().$ref("ExportedHit")))
                    .addProperty("total", new JsonSchema().types(Set.of("integer")).format("int64"))
                    .required(List.of("hits", "search", "total")));
        };
    }

    private static Schema<?> text(String description, String format) {
        return new JsonSchema().types(Set.of("string")).format(format).description(description);
    }
}
