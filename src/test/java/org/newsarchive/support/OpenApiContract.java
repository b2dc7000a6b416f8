package org.newsarchive.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's OpenAPI description as checked in ({@code src/test/resources/api/openapi.json}), checking real
 * answers against it with networknt's JSON Schema validator in the OpenAPI 3.1 dialect, formats asserted:
 * the status must be one the operation lists, the content type one it lists for that status, and a JSON
 * body must fit that content's schema.
 */
public final class OpenApiContract {

    public static final Path CHECKED_IN = Path.of("src", "test", "resources", "api", "openapi.json");
    private static final String BASE = "https://news-archive.invalid/openapi.json";

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final JsonMapper json = JsonMapper.builder().build();

    public OpenApiContract() {
        try {
            String text = Files.readString(CHECKED_IN);
            document = json.readTree(text);
            schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), registry -> registry
                    .schemas(Map.of(BASE, text))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation of the description, as "GET /api/articles/{id}". */
    public Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> operations.add(method.getKey().toUpperCase() + " " + path.getKey())));
        return operations;
    }

    /** The operation of the description that an actual request matches, as {@link #operations()} names it. */
    public String operationOf(String method, String path) {
        String bare = path.replaceFirst("\\?.*", "");
        return operations().stream().filter(operation -> {
            String[] parts = operation.split(" ", 2);
            return parts[0].equals(method) && Pattern.matches(
                    Pattern.quote(parts[1]).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"), bare);
        }).findFirst().orElseThrow(() -> new AssertionError("No operation of the description answers " + method + " " + bare));
    }

    /** What in an answer differs from the description of the operation; empty when it fits. */
    public List<String> mismatches(String operation, int status, String contentType, String body) {
        String[] parts = operation.split(" ", 2);
        String pointer = "/paths/" + escape(parts[1]) + "/" + parts[0].toLowerCase() + "/responses/" + status;
        JsonNode response = document.at(pointer);
        if (response.isMissingNode()) {
            return List.of(operation + " does not list status " + status + " (body: " + body + ")");
        }
        if (response.has("$ref")) {
            pointer = response.get("$ref").asString().substring(1);
            response = document.at(pointer);
        }
        MediaType received = MediaType.parseMediaType(contentType);
        String documented = null;
        for (String type : response.get("content").propertyNames()) {
            if (MediaType.parseMediaType(type).includes(received)) {
                documented = type;
            }
        }
        if (documented == null) {
            return List.of(operation + " " + status + " does not list the content type " + contentType);
        }
        if (!received.getSubtype().endsWith("json")) {
            return List.of();
        }
        List<Error> errors = schemaAt(pointer + "/content/" + escape(documented) + "/schema").validate(body, InputFormat.JSON);
        List<String> mismatches = new ArrayList<>();
        errors.forEach(error -> mismatches.add(operation + " " + status + ": " + error + " in " + abbreviated(body)));
        return mismatches;
    }

    /** Every example of a response in the description, each as the pointer to it and to its schema. */
    public List<String> exampleMismatches() {
        List<String> mismatches = new ArrayList<>();
        collectExamples(document, "", mismatches);
        return mismatches;
    }

    private void collectExamples(JsonNode node, String pointer, List<String> mismatches) {
        if (node.has("schema") && node.has("examples")) {
            node.get("examples").properties().forEach(example -> {
                String value = json.writeValueAsString(example.getValue().get("value"));
                schemaAt(pointer + "/schema").validate(value, InputFormat.JSON)
                        .forEach(error -> mismatches.add(pointer + "/examples/" + example.getKey() + ": " + error));
            });
        }
        node.properties().forEach(child -> {
            if (child.getValue().isObject()) {
                collectExamples(child.getValue(), pointer + "/" + escape(child.getKey()), mismatches);
            }
        });
    }

    private Schema schemaAt(String pointer) {
        return schemas.getSchema(SchemaLocation.of(BASE + "#" + pointer.replace("{", "%7B").replace("}", "%7D")));
    }

    private static String abbreviated(String body) {
        return body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
