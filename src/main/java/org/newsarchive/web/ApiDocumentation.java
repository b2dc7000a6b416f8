package org.newsarchive.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.annotation.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frame of the OpenAPI description that springdoc fills from the controllers: what the API is, the HTTP
 * Basic scheme its writes need, and the RFC 9457 problem details its operations answer with, which the
 * controllers name by {@link ApiComponents the responses' names}.
 */
@Configuration
@ConditionalOnWebApplication
class ApiDocumentation {

    @Bean
    OpenAPI archiveApi() {
        return new OpenAPI()
                .info(new Info().title("News Archive API").version("1")
                        .description("""
                                Articles, search, exports, comparisons, suggestions and imports of the news archive, \
                                as JSON. Reading is open to all; adding coverage needs the admin account, sent by HTTP \
                                Basic. Every error is an RFC 9457 problem detail (application/problem+json)."""))
                // A fixed server, rather than the address each request came in on, keeps the description stable.
                .addServersItem(new Server().url("/").description("This archive"))
                .components(new Components()
                        .addSecuritySchemes(ApiComponents.ADMIN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("The admin account (news-archive.admin.username and .password)."))
                        .addSchemas("Problem", problemSchema())
                        .addSchemas("ImportProblem", importProblemSchema())
                        .responses(problemResponses()));
    }

    /**
     * Every component of an answer is written, null or not (the ones that can be null say so), and nothing else:
     * records with no required list of their own, which request bodies have, get all their properties required
     * and no others allowed.
     */
    @Bean
    OpenApiCustomizer answersWriteEveryProperty() {
        return api -> api.getComponents().getSchemas().values().forEach(schema -> {
            if (schema.getRequired() == null && schema.getProperties() != null) {
                schema.setRequired(schema.getProperties().keySet().stream().sorted().toList());
                schema.setAdditionalProperties(false);
            }
        });
    }

    /**
     * swagger-core lets a nullable property of a plain type also be null, but not one that refers to another
     * schema: that one becomes "that schema, or null".
     */
    @Bean
    PropertyCustomizer nullableReferences() {
        return (property, type) -> {
            boolean nullable = type.getCtxAnnotations() != null
                    && Arrays.stream(type.getCtxAnnotations()).anyMatch(Nullable.class::isInstance);
            if (!nullable || property.get$ref() == null) {
                return property;
            }
            return new JsonSchema().anyOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().types(Set.of("null"))));
        };
    }

    /** The database can fail under any operation; the others' problems each operation names itself. */
    @Bean
    OpenApiCustomizer everyOperationMayFindTheDatabaseAway() {
        return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                operation.getResponses().addApiResponse("503", new ApiResponse().$ref(ApiComponents.UNAVAILABLE))));
    }

    /**
     * Real answers about the seed articles, lists and long texts shortened, kept beside the description in
     * {@code api/examples/<operationId>-<status>.json}; the contract test checks that they fit their schemas.
     */
    @Bean
    OpenApiCustomizer answerExamples(JsonMapper json) {
        return api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                operation.getResponses().forEach((status, response) -> {
                    Resource example = new ClassPathResource("api/examples/" + operation.getOperationId() + "-" + status + ".json");
                    if (example.exists() && response.getContent() != null) {
                        Object value = read(json, example);
                        response.getContent().values().forEach(content -> content.addExamples("seed",
                                new Example().summary("About the seed articles, shortened").value(value)));
                    }
                })));
    }

    private static Object read(JsonMapper json, Resource example) {
        try (InputStream in = example.getInputStream()) {
            return json.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, ApiResponse> problemResponses() {
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        responses.put(ApiComponents.BAD_REQUEST, problem("A parameter or the body is not valid; the detail says which and why.",
                400, "Bad Request", "'2022-13-01' is not a valid from date (YYYY-MM-DD)."));
        responses.put(ApiComponents.UNAUTHORIZED, problem("Adding to the archive needs the admin account, sent by HTTP Basic.",
                401, "Unauthorized", "Adding to the archive needs the admin account, sent by HTTP Basic."));
        responses.put(ApiComponents.NOT_FOUND, problem("Nothing in the archive has this id.", 404, "Not Found",
                "No article with id 987654."));
        responses.put(ApiComponents.UNAVAILABLE, problem("The database cannot be reached; the Retry-After header says when to try again.",
                503, "Service Unavailable", "The archive's database cannot be reached at the moment. Try again shortly."));
        responses.put(ApiComponents.IMPORT_REFUSED, importProblem("Nothing could be imported; the detail and each outcome say why.",
                400, "Bad Request", "An article needs its \"text\"."));
        responses.put(ApiComponents.IMPORT_TOO_LARGE, importProblem("Every article sent is larger than the import limit.",
                413, "Content Too Large", "It is 6144 KB; the largest accepted is 5120 KB (news-archive.import.max-bytes)."));
        return responses;
    }

    private static ApiResponse problem(String description, int status, String title, String detail) {
        return response(description, "#/components/schemas/Problem", status, title, detail);
    }

    private static ApiResponse importProblem(String description, int status, String title, String detail) {
        return response(description, "#/components/schemas/ImportProblem", status, title, detail);
    }

    private static ApiResponse response(String description, String schema, int status, String title, String detail) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "about:blank");
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        return new ApiResponse().description(description).content(new Content().addMediaType(
                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new MediaType().schema(new JsonSchema().$ref(schema)).addExamples(title, new Example().value(example))));
    }

    /** RFC 9457's members as Spring's ProblemDetail writes them; {@code instance} is the path asked for. */
    private static Schema<?> problemSchema() {
        return object("An RFC 9457 problem detail.")
                .addProperty("type", string("A URI naming the kind of problem; left out, or about:blank, when the status says it all.").format("uri-reference"))
                .addProperty("title", string("The status's reason phrase."))
                .addProperty("status", new JsonSchema().types(Set.of("integer")).format("int32").description("The HTTP status code."))
                .addProperty("detail", string("What was wrong with this request, in words for a person."))
                .addProperty("instance", string("The path of the request.").format("uri-reference"))
                .required(List.of("status", "title"));
    }

    private static Schema<?> importProblemSchema() {
        return new JsonSchema().description("A problem detail of an import, with what became of each article sent.")
                .allOf(List.of(new JsonSchema().$ref("#/components/schemas/Problem"),
                        object(null).addProperty("outcomes", new JsonSchema().types(Set.of("array"))
                                .items(new JsonSchema().$ref("#/components/schemas/ImportOutcome")))));
    }

    private static Schema<?> object(String description) {
        return new JsonSchema().types(Set.of("object")).description(description);
    }

    private static Schema<?> string(String description) {
        return new JsonSchema().types(Set.of("string")).description(description);
    }
}
