package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.support.ImportingArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@ImportingArchiveTest
@ExtendWith(OutputCaptureExtension.class)
class ManifestImportTest {

    @Autowired
    ImportCommand command;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theCommandImportsAFolderWithTheMetadataOfItsManifestAndReportsEveryRowAndFileItCannotMatch(@TempDir Path dir,
            CapturedOutput output) throws Exception {
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("kiwi.txt"), "Kiwi chicks hatched in record numbers at the sanctuary, keepers said.");
        Files.writeString(dir.resolve("sub/kakapo.html"), "<html><head><meta property=\"og:title\" content=\"From the page\">"
                + "</head><body><article><p>Kakapo breeding season began early on Whenua Hou this year.</p></article></body></html>");
        Files.writeString(dir.resolve("takahe.txt"), "Takahe were released into a new valley by the rangers.");
        Files.writeString(dir.resolve(".DS_Store"), "not an article");
        Files.writeString(dir.resolve("manifest.csv"), """
                File,URL,Outlet,Published,Title
                kiwi.txt,https://birds.example/kiwi,Sanctuary Bird News,2023-06-01T09:00:00+12:00,Kiwi chicks in record numbers
                sub/kakapo.html,https://birds.example/kakapo,,,
                weka.txt,https://birds.example/weka,,,
                ../outside.txt,https://birds.example/outside,,,
                """);

        command.run(new DefaultApplicationArguments("import", "--manifest", dir.resolve("manifest.csv").toString(), dir.toString()));

        String manifest = dir.resolve("manifest.csv").toString();
        assertThat(output.getOut()).contains("Imported 2, duplicates 0, failed 3")
                .contains("failed " + manifest + ":4: There is no file weka.txt in " + dir + ".")
                .contains("failed " + manifest + ":5: The file ../outside.txt leads out of the folder")
                .contains("failed " + dir.resolve("takahe.txt") + ": No row of the manifest " + manifest + " names this file")
                .doesNotContain("DS_Store");
        assertThat(command.getExitCode()).isEqualTo(1);
        assertThat(jdbc.queryForMap("select a.title, a.original_url, a.published_on::text as day, o.name as outlet from article a"
                + " join outlet o on o.id = a.outlet_id where a.body like 'Kiwi chicks%'"))
                .containsEntry("title", "Kiwi chicks in record numbers").containsEntry("original_url", "https://birds.example/kiwi")
                .containsEntry("day", "2023-06-01").containsEntry("outlet", "Sanctuary Bird News");
        assertThat(jdbc.queryForMap("select title, original_url from article where body like 'Kakapo breeding%'"))
                .containsEntry("title", "From the page").containsEntry("original_url", "https://birds.example/kakapo");
        assertThat(jdbc.queryForObject("select count(*) from article where body like 'Takahe%'", Long.class)).isZero();

        command.run(new DefaultApplicationArguments("import", "--manifest=" + manifest, dir.toString()));
        assertThat(output.getOut()).contains("Imported 0, duplicates 2, failed 3");
    }

    @Test
    void theCommandRefusesAManifestItCannotUseAndMisuseWithExitCode2(@TempDir Path dir, CapturedOutput output) throws Exception {
        Files.writeString(dir.resolve("bad.csv"), "path,link\nstoat.txt,https://pests.example/stoat\n");
        Files.writeString(dir.resolve("stoat.txt"), "Stoat traps were checked along the ridge line.");
        command.run(new DefaultApplicationArguments("import", "--manifest", dir.resolve("bad.csv").toString(), dir.toString()));
        assertThat(output.getOut()).contains("The manifest " + dir.resolve("bad.csv") + " cannot be used: Its first line must be"
                + " a header row naming the columns file and url").doesNotContain("Imported");
        assertThat(command.getExitCode()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from article where body like 'Stoat traps%'", Long.class)).isZero();

        command.run(new DefaultApplicationArguments("import", dir.toString(), "--manifest"));
        assertThat(output.getOut()).contains("--manifest needs the manifest's file.").contains("Usage: import");
        assertThat(command.getExitCode()).isEqualTo(2);
        command.run(new DefaultApplicationArguments("import", "--manifest", dir.resolve("none.csv").toString(), dir.toString()));
        assertThat(output.getOut()).contains("No such file or directory: [" + dir.resolve("none.csv") + "]");
        command.run(new DefaultApplicationArguments("import", "--manifest", dir.resolve("bad.csv").toString(),
                dir.resolve("stoat.txt").toString()));
        assertThat(output.getOut()).contains("A manifest goes with a directory");
        assertThat(command.getExitCode()).isEqualTo(2);
    }

    @Test
    void theApiImportsUploadedFilesWithTheirManifestRows() throws Exception {
        mvc.perform(multipart("/api/imports").file(file("files", "puffin.txt", "Puffin burrows were counted on the cliffs of the islet."))
                        .file(file("files", "gannet.txt", "Gannet colonies grew along the northern sea stacks this summer."))
                        .file(file("files", "shearwater.txt", "Shearwaters rafted offshore at dusk before coming ashore."))
                        .file(file("manifest", "crawl.csv", "file,url,title\r\npuffin.txt,https://seabirds.example/puffins,Puffins counted\r\n"
                                + "gannet.txt,gannets.html,\r\n"))
                        .with(ImportApiTest.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.outcomes[0].title").value("Puffins counted"))
                .andExpect(jsonPath("$.outcomes[1].source").value("crawl.csv:3"))
                .andExpect(jsonPath("$.outcomes[1].detail", startsWith("The url gannets.html is not a web address")))
                .andExpect(jsonPath("$.outcomes.length()").value(3))
                .andExpect(jsonPath("$.outcomes[2].source").value("shearwater.txt"))
                .andExpect(jsonPath("$.outcomes[2].detail", startsWith("No row of the manifest crawl.csv names this file")));
        assertThat(jdbc.queryForObject("select original_url from article where title = 'Puffins counted'", String.class))
                .isEqualTo("https://seabirds.example/puffins");
    }

    @Test
    void theApiRefusesAManifestItCannotUseAsAProblemDetail() throws Exception {
        mvc.perform(multipart("/api/imports").file(file("files", "shag.txt", "Shags dried their wings on the harbour wall."))
                        .file(new MockMultipartFile("manifest", "crawl.csv", "text/csv", new byte[] {(byte) 0xff, (byte) 0xfe, 'f', 0}))
                        .with(ImportApiTest.admin()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The manifest crawl.csv cannot be used: The file is binary, not text."));
        assertThat(jdbc.queryForObject("select count(*) from article where body like 'Shags dried%'", Long.class)).isZero();
    }

    @Test
    void theUploadPageTakesAManifestAndShowsOneItCannotUse() throws Exception {
        mvc.perform(multipart("/admin/imports").file(file("files", "tern.txt", "Arctic terns returned to the shingle spit in May."))
                        .file(file("manifest", "terns.csv", "file,url\ntern.txt,https://seabirds.example/terns\nnoddy.txt,https://seabirds.example/noddy\n"))
                        .with(user("editor")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 imported, 0 duplicates, 1 failed")))
                .andExpect(content().string(containsString("terns.csv:3")))
                .andExpect(content().string(containsString("There is no file noddy.txt among the uploaded files.")));
        mvc.perform(multipart("/admin/imports").file(file("files", "skua.txt", "Skuas chased the terns off the spit."))
                        .file(file("manifest", "skuas.csv", "file,url\n"))
                        .with(user("editor")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The manifest skuas.csv cannot be used: It names no files")));
    }

    private static MockMultipartFile file(String field, String name, String text) {
        return new MockMultipartFile(field, name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }
}
