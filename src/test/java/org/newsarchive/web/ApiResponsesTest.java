package org.newsarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.newsarchive.support.AdminAccount;
import org.newsarchive.support.ImportingArchiveTest;
import org.newsarchive.support.LocalServer;
import org.newsarchive.support.OpenApiContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real answers of every operation of the API, good and bad, fit the checked-in OpenAPI description: their
 * status is one it lists, their content type too, and their body its schema. Reads go over real HTTP; writes
 * through MockMvc, which builds the multipart uploads.
 */
@ImportingArchiveTest
class ApiResponsesTest {

    static final OpenApiContract contract = new OpenApiContract();
    static final Set<String> answered = new TreeSet<>();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void articleListsAndArticles() throws Exception {
        long id = json.readTree(fits("GET", "/api/articles?size=2", 200)).get("articles").get(0).get("id").asLong();
        fits("GET", "/api/articles?date=2022-01-27&outlet=sputnik", 200);
        fits("GET", "/api/articles?from=2022-01-01&to=2022-12-31&page=2&size=1", 200);
        fits("GET", "/api/articles?size=101", 400);
        fits("GET", "/api/articles?from=2022-13-01", 400);
        fits("GET", "/api/articles?outlet=no-such-outlet", 400);
        fits("GET", "/api/articles/" + id, 200);
        fits("GET", "/api/articles/987654", 404);
        fits("GET", "/api/articles/abc", 400);
    }

    @Test
    void searchesAndTheirExports() throws Exception {
        fits("GET", "/api/search?q=NATO&outlet=sputnik&from=2022-01-01&sort=newest&size=5", 200);
        fits("GET", "/api/search?q=Tomahawk", 200);
        fits("GET", "/api/search?q=zzyzzyva", 200);
        fits("GET", "/api/search?outlet=no-such-outlet", 400);
        fits("GET", "/api/search?sort=sideways", 400);
        fits("GET", "/search/export.json?q=NATO", 200);
        fits("GET", "/search/export.csv?q=NATO", 200);
        fits("GET", "/search/export.atom?q=NATO", 200);
        fits("GET", "/search/export.json?actor=no-such-actor", 400);
        fits("GET", "/search/export.csv?from=2022-02-01&to=2022-01-01", 400);
        fits("GET", "/search/export.atom?size=0", 400);
    }

    @Test
    void suggestionsAndComparisons() throws Exception {
        fits("GET", "/api/suggest?q=NATO", 200);
        fits("GET", "/api/suggest?q=", 400);
        var list = json.readTree(fits("GET", "/api/articles?size=2", 200)).get("articles");
        fits("GET", "/api/compare?articles=" + list.get(0).get("id").asLong() + "," + list.get(1).get("id").asLong(), 200);
        fits("GET", "/api/compare?articles=1", 400);
        fits("GET", "/api/compare?articles=" + list.get(0).get("id").asLong() + ",987654", 404);
    }

    @Test
    void importsOfOneArticleAndOfFiles() throws Exception {
        String article = "{\"text\": \"Otters returned to the river after forty years, wardens said.\", \"title\": \"Otters return\","
                + " \"url\": \"https://example.org/otters\", \"date\": \"2022-01-20\"}";
        fits("POST /api/articles", jsonPost(article).with(admin()), 201);
        fits("POST /api/articles", jsonPost(article).with(admin()), 200);
        fits("POST /api/articles", jsonPost(article), 401);
        fits("POST /api/articles", jsonPost("{\"text\": \"  \"}").with(admin()), 400);
        fits("POST /api/articles", jsonPost("{\"text\": \"unterminated").with(admin()), 400);
        fits("POST /api/articles", jsonPost("{\"text\": \"" + "word ".repeat(20_000) + "\"}").with(admin()), 413);

        MockMultipartFile manifest = file("manifest", "manifest.csv",
                "file,url,outlet,published,title\nbeavers.txt,https://example.org/beavers,Example Times,2022-01-21,Beavers dam the brook\n");
        fits("POST /api/imports", multipart("/api/imports").file(file("files", "beavers.txt",
                "Beavers dammed the brook again this winter, the council said.")).file(manifest).with(admin()), 200);
        fits("POST /api/imports", multipart("/api/imports").with(admin()), 400);
        fits("POST /api/imports", multipart("/api/imports").file(file("files", "a.txt", "Voles.")).with(admin())
                .file(file("manifest", "manifest.csv", "")), 400);
        fits("POST /api/imports", multipart("/api/imports").file(file("files", "big.txt", "word ".repeat(20_000))).with(admin()), 413);
        fits("POST /api/imports", multipart("/api/imports").file(file("files", "a.txt", "Voles.")), 401);
    }

    @Test
    void theDescriptionsOwnExamplesFitItsSchemas() {
        assertThat(contract.exampleMismatches()).isEmpty();
    }

    @AfterAll
    static void everyOperationWasAnswered() {
        assertThat(answered).as("operations of the description that no test here calls").isEqualTo(contract.operations());
    }

    private String fits(String method, String path, int status) throws Exception {
        HttpResponse<String> response = LocalServer.fetch(port, path, "application/json, application/problem+json, text/csv, application/atom+xml");
        String operation = contract.operationOf(method, path);
        answered.add(operation);
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isEqualTo(status);
        assertThat(contract.mismatches(operation, status, response.headers().firstValue("Content-Type").orElse(""), response.body()))
                .as("%s %s", method, path).isEmpty();
        return response.body();
    }

    private void fits(String operation, RequestBuilder request, int status) throws Exception {
        answered.add(operation);
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as("%s: %s", operation, body).isEqualTo(status);
        assertThat(contract.mismatches(operation, status, response.getContentType(), body)).as(operation).isEmpty();
    }

    private static MockHttpServletRequestBuilder jsonPost(String body) {
        return post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockMultipartFile file(String field, String name, String text) {
        return new MockMultipartFile(field, name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return httpBasic(AdminAccount.USERNAME, AdminAccount.PASSWORD);
    }
}
