package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.newsarchive.NewsArchiveApplication;
import org.newsarchive.support.AdminAccount;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.FreshTestDatabase;
import org.newsarchive.support.JvmOptions;
import org.newsarchive.support.Slow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kills the archive with SIGKILL in the middle of a 10,000-article import, then starts it again on the
 * same database and index: every article committed before the kill is searchable, none that was not
 * committed exists, and the index holds exactly the database's articles — through the outbox, without
 * a rebuild. The archive runs in processes of its own, on a database of their own on the test's server,
 * so that no other indexing agent takes their outbox events.
 */
@ArchiveTest
@Slow
@Execution(ExecutionMode.CONCURRENT)
class ImportCrashTest {

    static final int ARTICLES = 10_000;
    static final int KILL_AFTER = 300;
    static final String TITLE = "Crash test report";

    @Autowired
    HikariDataSource server;

    @Autowired
    JsonMapper json;

    @TempDir
    Path work;

    private final String database = "news_archive_crash_" + UUID.randomUUID().toString().replace("-", "");
    private final List<Archive> started = new ArrayList<>();

    private record Archive(Process process, Path log) {
    }

    @AfterEach
    void dropTheDatabase() throws InterruptedException {
        for (Archive archive : started) {
            archive.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        new JdbcTemplate(server).execute("drop database if exists " + database + " with (force)");
    }

    @Test
    void aKilledImportLosesNothingCommittedAndTheIndexCatchesUpFromTheOutbox() throws Exception {
        new JdbcTemplate(server).execute("create database " + database);
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url(), server.getUsername(), server.getPassword()));
        Path lines = work.resolve("bulk.jsonl");
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            articles.add("{\"title\": \"" + TITLE + " " + i + "\", \"outlet\": \"Crash Test Wire\", \"date\": \"2022-01-27\","
                    + " \"text\": \"NATO and the United States answered Russia in writing, report " + i
                    + " says. The reply rejects a veto on enlargement but offers talks on arms control and transparency.\"}");
        }
        Files.write(lines, articles);
        Path index = work.resolve("index");

        Process importing = archive(index, 0, "import", lines.toString()).process();
        // Until Flyway has run, the article table does not exist.
        await().atMost(Duration.ofMinutes(4)).ignoreExceptions()
                .until(() -> !importing.isAlive() || crashArticles(jdbc) >= KILL_AFTER);
        assertThat(importing.isAlive()).as("the import is still running when it is killed").isTrue();
        importing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        long committed = crashArticles(jdbc);
        assertThat(committed).isBetween((long) KILL_AFTER, ARTICLES - 1L);
        assertThat(jdbc.queryForObject("""
                select count(*) from article a where a.title like 'Crash test report %'
                and not exists (select 1 from actor_mention m where m.article_id = a.id)""", Long.class))
                .as("articles stored without the actor mentions of their own transaction").isZero();
        long inDatabase = jdbc.queryForObject("select count(*) from article", Long.class);
        long inOutbox = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);

        int port = freePort();
        Archive restarted = archive(index, port);
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !restarted.process().isAlive() || isUp(port));
        assertThat(restarted.process().isAlive()).as("the restarted archive is running").isTrue();

        JsonNode found = json.readTree(get(port, "/api/search?q=%22crash+test+report%22&size=1"));
        assertThat(found.get("total").asLong()).as("committed articles found by search").isEqualTo(committed);
        JsonNode health = json.readTree(get(port, "/actuator/health")).at("/components/searchIndex/details");
        assertThat(health.get("articles").asLong()).isEqualTo(inDatabase);
        assertThat(health.get("indexed").asLong()).isEqualTo(inDatabase);
        assertThat(health.get("pendingChanges").asLong())
                .as("changes left in the outbox: %d at the kill", inOutbox).isZero();
        assertThat(Files.readString(restarted.log())).as("the restart's log")
                .contains("Search index holds every indexed row of the database")
                .doesNotContain("rebuilding the index");
    }

    private long crashArticles(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from article where title like 'Crash test report %'", Long.class);
    }

    private String url() {
        return FreshTestDatabase.withDatabase(server.getJdbcUrl(), database);
    }

    private boolean isUp(int port) {
        try {
            return get(port, "/actuator/health/readiness").contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        String credentials = AdminAccount.USERNAME + ":" + AdminAccount.PASSWORD;
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The archive's own main class on this test's database, with an index of its own, and the
     * application's classpath without the test classes (whose set-up would give it a fresh database).
     */
    private Archive archive(Path index, int port, String... arguments) throws IOException {
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JvmOptions.ofTests());
        // The restart waits for the killed archive's indexing agent to expire before it takes the outbox over:
        // 30 s by default, where the test needs only the takeover itself.
        command.add("-Dspring.jpa.properties.hibernate.search.coordination.event_processor.pulse_expiration=6000");
        command.addAll(List.of("-cp", classpath, NewsArchiveApplication.class.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SPRING_DATASOURCE_URL", url());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", server.getUsername());
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", server.getPassword() == null ? "" : server.getPassword());
        builder.environment().put("INDEX_DIR", index.toString());
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("ADMIN_USERNAME", AdminAccount.USERNAME);
        builder.environment().put("ADMIN_PASSWORD", AdminAccount.PASSWORD);
        Path log = work.resolve("archive-" + started.size() + ".log");
        Archive archive = new Archive(builder.redirectOutput(log.toFile()).directory(new File(".")).start(), log);
        started.add(archive);
        return archive;
    }
}
