package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.AdminAccount;
import org.newsarchive.support.ImportingArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@ImportingArchiveTest
class ImportApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Importer importer;

    @Autowired
    ImportRuns runs;

    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor admin() {
        return httpBasic(AdminAccount.USERNAME, AdminAccount.PASSWORD);
    }

    @Test
    void postingAnArticleCreatesItAndPostingItAgainFindsTheDuplicate() throws Exception {
        String article = """
                {"text": "Snow leopards were filmed in the Altai this winter, rangers said.", "outlet": "Altai Ranger News",
                 "date": "2023-02-01", "title": "Snow leopards filmed in the Altai", "url": "https://altai.example/snow-leopards"}""";
        mvc.perform(post("/api/articles").with(admin()).contentType(MediaType.APPLICATION_JSON).content(article))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/articles/")))
                .andExpect(jsonPath("$.status").value("IMPORTED"))
                .andExpect(jsonPath("$.title").value("Snow leopards filmed in the Altai"));
        mvc.perform(post("/api/articles").with(admin()).contentType(MediaType.APPLICATION_JSON).content(article))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DUPLICATE"));
    }

    @Test
    void writingWithoutTheAdminAccountIsUnauthorized() throws Exception {
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Anonymous.\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/articles").with(httpBasic(AdminAccount.USERNAME, "wrong")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Wrong password.\"}"))
                .andExpect(status().isUnauthorized());
        mvc.perform(multipart("/api/imports").file(file("a.txt", "Anonymous upload.")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void badArticlesAreProblemDetailsWithTheReason() throws Exception {
        mvc.perform(post("/api/articles").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"unterminated"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("The request body is not valid JSON for this request:")));
        mvc.perform(post("/api/articles").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("text")));
        mvc.perform(post("/api/articles").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"Fine.\", \"date\": \"27/01/2022\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/articles").with(admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\": \"" + "word ".repeat(20_000) + "\"}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail", containsString("news-archive.import.max-bytes")));
    }

    @Test
    void uploadingFilesReportsEachAndGoesOnPastBadOnes() throws Exception {
        mvc.perform(multipart("/api/imports").file(file("gazelle.txt", "Gazelle herds crossed the plain early this year."))
                        .file(file("empty.txt", "")).file(new MockMultipartFile("files", "photo.txt", "text/plain",
                                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.failed").value(2))
                .andExpect(jsonPath("$.outcomes[0].status").value("IMPORTED"))
                .andExpect(jsonPath("$.outcomes[1].detail").value("The file is empty."))
                .andExpect(jsonPath("$.outcomes[2].detail").value("The file is binary, not text."));
    }

    @Test
    void anUploadWhereNothingCanBeImportedIsABadRequestOrTooLarge() throws Exception {
        mvc.perform(multipart("/api/imports").file(file("bad.jsonl", "{nope\n")).with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", startsWith("No file could be imported: bad.jsonl:1: Not valid JSON")));
        mvc.perform(multipart("/api/imports").file(file("big.txt", "word ".repeat(20_000))).with(admin()))
                .andExpect(status().isContentTooLarge());
        mvc.perform(multipart("/api/imports").with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Send one or more files in the multipart field \"files\"."));
    }

    @Test
    void theAdminPagesNeedALoginAndFormsNeedTheirCsrfToken() throws Exception {
        mvc.perform(get("/admin/imports")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(multipart("/admin/imports").file(file("lynx.txt", "Lynx tracks were found in the snow.")).with(user("editor")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/reindex").with(user("editor"))).andExpect(status().isForbidden());
        mvc.perform(get("/")).andExpect(status().isOk());
    }

    @Test
    void theUploadPageShowsWhatBecameOfEachFile() throws Exception {
        mvc.perform(get("/admin/imports").with(user("editor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        mvc.perform(multipart("/admin/imports").file(file("marten.txt", "Pine martens returned to the old forest, surveyors said."))
                        .file(file("blank.txt", "   ")).with(user("editor")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 imported, 0 duplicates, 1 failed")))
                .andExpect(content().string(containsString("The file holds only white space.")));
    }

    @Test
    void anAdminStopsARunningImportAfterItsBatchAndWhatItCommittedStays() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 3 * Importer.BATCH; i++) {
            lines.append("{\"text\": \"Beaver survey ").append(i).append(": a new dam was found on the river, wardens said.\"}\n");
        }
        List<Long> cancelled = new ArrayList<>();
        ImportReport report = importer.importAll(List.of(ImportSource.of("beavers.jsonl",
                new ByteArrayResource(lines.toString().getBytes(StandardCharsets.UTF_8)))), outcomes -> {
                    if (cancelled.isEmpty()) {
                        ImportRun running = runs.recent().get(0);
                        assertThat(running.running()).isTrue();
                        cancelled.add(running.id());
                        perform(post("/admin/imports/{id}/cancel", running.id()).with(user("editor")).with(csrf()));
                    }
                });

        assertThat(report.cancelled()).isTrue();
        assertThat(report.imported()).isEqualTo(Importer.BATCH);
        assertThat(jdbc.queryForObject("select count(*) from article where raw_text like 'Beaver survey %'", Long.class))
                .isEqualTo(Importer.BATCH);
        mvc.perform(get("/admin/imports").with(user("editor"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("100 of 300 articles: 100 new, 0 duplicates, 0 failed")))
                .andExpect(content().string(containsString("cancelled; what it committed stays")));
        mvc.perform(post("/admin/imports/{id}/cancel", cancelled.get(0)).with(user("editor")).with(csrf()))
                .andExpect(status().isFound()).andExpect(flash().attribute("notRunning", true));
    }

    private void perform(MockHttpServletRequestBuilder request) {
        try {
            mvc.perform(request).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/imports"))
                    .andExpect(flash().attribute("cancelRequested", true));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theAdminLogsInWithTheConfiguredAccount() throws Exception {
        mvc.perform(post("/login").param("username", AdminAccount.USERNAME).param("password", AdminAccount.PASSWORD).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin"));
        mvc.perform(post("/login").param("username", AdminAccount.USERNAME).param("password", "guess").with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/login?error"));
    }

    private static MockMultipartFile file(String name, String text) {
        return new MockMultipartFile("files", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }
}
