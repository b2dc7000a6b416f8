package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.support.CleanAnswer.assertClean;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.spring.JqwikSpringSupport;
import org.newsarchive.support.AdminAccount;
import org.newsarchive.support.ImportingArchiveTest;
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
 * fixed so that a failure replays.
 */
@JqwikSpringSupport
@ImportingArchiveTest
class ImportFuzzTest {

    static final String SEED = "20220202";
    static final int TRIES = 30;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("{}[]\":,<>/&;\\\u0000\u0007\u202e\ufffd\r\n\t ").ofMaxLength(60),
                Arbitraries.of("<script>alert(1)</script>", "{\"text\": 1}", "{\"text\": null}", "[]", "null", "\"\"",
                        "<html><body></body></html>", "<!-- unterminated", "\uFEFF", "Robert'); DROP TABLE article;--",
                        "{\"text\": \"ok\", \"date\": \"2022-13-45\"}", "{\"text\": \"ok\", \"url\": \"javascript:alert(1)\"}",
                        "\uD83D\uDCF0".repeat(500), "word ".repeat(20_000)),
                Arbitraries.strings().ascii().ofMinLength(200).ofMaxLength(2000));
    }

    @Provide
    Arbitrary<byte[]> hostileBytes() {
        return Arbitraries.oneOf(
                hostileText().map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(500),
                hostileText().map(text -> text.getBytes(StandardCharsets.UTF_16)));
    }

    @Provide
    Arbitrary<String> fileName() {
        return Arbitraries.of("capture.txt", "page.html", "page.htm", "lines.jsonl", "lines.ndjson", "orphan.json",
                "../../etc/passwd", "no-extension", "", "weird name \u202e.txt", "a".repeat(300) + ".txt");
    }

    @Property(tries = TRIES, seed = SEED)
    void uploadsOfAnyFileInAnyFormat(@ForAll("fileName") String name, @ForAll("hostileBytes") byte[] content) throws Exception {
        importsExactlyWhatItReports(multipart("/api/imports").file(new MockMultipartFile("files", name, null, content)));
    }

    @Property(tries = TRIES, seed = SEED)
    void textWithAHostileSidecar(@ForAll("hostileText") String text, @ForAll("hostileText") String sidecar) throws Exception {
        importsExactlyWhatItReports(multipart("/api/imports")
                .file(new MockMultipartFile("files", "story.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("files", "story.json", "application/json", sidecar.getBytes(StandardCharsets.UTF_8))));
    }

    @Property(tries = TRIES, seed = SEED)
    void articlesPostedAsJson(@ForAll("hostileText") String text, @ForAll("hostileText") String field) throws Exception {
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
