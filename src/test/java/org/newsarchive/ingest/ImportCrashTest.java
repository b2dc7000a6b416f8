package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.NewsArchiveApplication;
import org.newsarchive.support.ImportingArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Kills the import command with SIGKILL half-way through a large import, in a process of its own on
 * this test's database, then starts the archive again on the same index: every committed article is
 * in the index, and the index holds exactly the database's articles.
 */
@ImportingArchiveTest
class ImportCrashTest {

    static final int ARTICLES = 3000;
    static final int KILL_AFTER = 150;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path work;

    @Test
    void aKilledImportLeavesNoHalfWrittenArticleAndTheIndexCatchesUpOnRestart() throws Exception {
        long before = jdbc.queryForObject("select count(*) from article", Long.class);
        Path lines = work.resolve("bulk.jsonl");
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.add("{\"title\": \"Crash test report " + i + "\", \"outlet\": \"Crash Test Wire\", \"date\": \"2022-01-27\","
                    + " \"text\": \"NATO and the United States answered Russia in writing, report " + i
                    + " says. The reply rejects a veto on enlargement but offers talks on arms control and transparency.\"}");
        }
        Files.write(lines, articles);
        Path index = work.resolve("index");

        Process importing = command(index, "import", lines.toString());
        await().atMost(Duration.ofMinutes(3)).until(() -> !importing.isAlive()
                || jdbc.queryForObject("select count(*) from article", Long.class) >= before + KILL_AFTER);
        assertThat(importing.isAlive()).as("the import is still running when it is killed").isTrue();
        importing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        long committed = jdbc.queryForObject("select count(*) from article", Long.class);
        assertThat(committed).isBetween(before + KILL_AFTER, before + ARTICLES - 1);
        assertThat(jdbc.queryForObject("""
                select count(*) from article a where a.title like 'Crash test report %'
                and not exists (select 1 from actor_mention m where m.article_id = a.id)""", Long.class))
                .as("articles stored without the actor mentions of their own transaction").isZero();

        Path nothing = Files.createDirectories(work.resolve("nothing"));
        Process restart = command(index, "import", nothing.toString());
        assertThat(restart.waitFor(3, TimeUnit.MINUTES)).isTrue();

        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.resolve("Article")))) {
            assertThat((long) reader.numDocs()).isEqualTo(committed);
        }
    }

    /**
     * The archive's own main class on this test's database, with an index of its own, and the
     * application's classpath without the test classes (whose set-up would give it a fresh database).
     */
    private Process command(Path index, String... arguments) throws IOException {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, NewsArchiveApplication.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("command-" + arguments[0] + "-" + System.nanoTime() + ".log").toFile());
        builder.environment().put("SPRING_DATASOURCE_URL", dataSource.getJdbcUrl());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", dataSource.getUsername());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", dataSource.getPassword() == null ? "" : dataSource.getPassword());
        builder.environment().put("INDEX_DIR", index.toString());
        builder.environment().put("NEWS_ARCHIVE_STORIES_GROUP_IN_BACKGROUND", "false");
        return builder.directory(new File(".")).start();
    }
}
