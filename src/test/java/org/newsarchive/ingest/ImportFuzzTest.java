package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.support.CleanAnswer.assertClean;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsarchive.support.AdminAccount;
import org.newsarchive.support.HostileInputs;
import org.newsarchive.support.HostileInputs.Upload;
import org.newsarchive.support.ImportingArchiveTest;
import org.newsarchive.support.Slow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throws random and hostile bytes at every import format, through the upload and article APIs: no
 * answer is a 5xx or carries an exception's text, and the archive gains exactly the articles the answer
 * reports as imported, each whole — never part of one, never an outlet without its article. The seed is
 * fixed, and named in each try's name, so that a failure replays.
 */
@ImportingArchiveTest
@Slow
class ImportFuzzTest {

    static final long SEED = 20220202;
    static final int TRIES = 30;
    static final String TRY = "seed " + SEED + ", try {index}";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    static Stream<Upload> uploads() {
        HostileInputs inputs = new HostileInputs(SEED);
        return Stream.generate(inputs::upload).limit(TRIES);
    }

    static Stream<Arguments> textsWithSidecars() {
        HostileInputs inputs = new HostileInputs(SEED);
        return Stream.generate(() -> Arguments.of(inputs.text(), inputs.sidecar())).limit(TRIES);
    }

    static Stream<Arguments> pairsOfTexts() {
        HostileInputs inputs = new HostileInputs(SEED);
        return Stream.generate(() -> Arguments.of(inputs.text(), inputs.text())).limit(TRIES);
    }

    @ParameterizedTest(name = TRY)
    @MethodSource("uploads")
    void uploadsOfAnyFileInAnyFormat(Upload upload) throws Exception {
        importsExactlyWhatItReports(multipart("/api/imports").file(new MockMultipartFile("files", upload.name(), null, upload.content())));
    }

    @ParameterizedTest(name = TRY)
    @MethodSource("textsWithSidecars")
    void textWithAHostileSidecar(String text, String sidecar) throws Exception {
        importsExactlyWhatItReports(multipart("/api/imports")
                .file(new MockMultipartFile("files", "story.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("files", "story.json", "application/json", sidecar.getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest(name = TRY)
    @MethodSource("pairsOfTexts")
    void articlesPostedAsJson(String text, String field) throws Exception {
        importsExactlyWhatItReports(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(text));
        String article = json.writeValueAsString(Map.of("text", text, "title", field, "outlet", field,
                "date", field, "url", field, "byline", field));
        importsExactlyWhatItReports(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content(article));
    }

    private void importsExactlyWhatItReports(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        long lastArticle = count("select coalesce(max(id), 0) from article");
        List<Long> emptyOutlets = emptyOutlets();
        MockHttpServletResponse response = mvc.perform(request.with(httpBasic(AdminAccount.USERNAME, AdminAccount.PASSWORD)))
                .andReturn().getResponse();
        assertClean(response);
        String body = response.getContentAsString();
        assertThat(count("select count(*) from article where id > ?", lastArticle)).as(body)
                .isEqualTo(imported(response.getStatus(), body));
        assertThat(count("""
                select count(*) from article a where a.id > ?
                and (a.body = '' or a.raw_text = ''
                     or a.date_precision = 'DAY' and not exists (select 1 from story_article s where s.article_id = a.id))""",
                lastArticle)).as("new articles stored in part, or dated to the day and left out of the stories").isZero();
        assertThat(emptyOutlets()).as("outlets without articles").isSubsetOf(emptyOutlets);
    }

    private long imported(int status, String body) {
        if (status == 201) {
            return 1;
        }
        JsonNode report = body.isEmpty() ? null : json.readTree(body);
        return report != null && report.has("imported") ? report.get("imported").asLong() : 0;
    }

    private List<Long> emptyOutlets() {
        return jdbc.queryForList("select id from outlet o where not exists (select 1 from article a where a.outlet_id = o.id)",
                Long.class);
    }

    private long count(String sql, Object... parameters) {
        return jdbc.queryForObject(sql, Long.class, parameters);
    }
}
