package org.newsarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.newsarchive.support.ArchiveTest;
import org.newsarchive.support.LocalServer;
import org.newsarchive.support.OpenApiContract;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Takes the archive's database away under a running app (no one may connect, open connections are
 * cut) and gives it back: requests fail cleanly with 503 meanwhile, and the app recovers by itself.
 * A context, and a database, of its own.
 */
@ArchiveTest
// Each request while the database is away waits out the pool's connection timeout: the shortest Hikari allows.
@TestPropertySource(properties = {"news-archive.test.corpus=database-outage", "spring.datasource.hikari.connection-timeout=250"})
@Execution(ExecutionMode.CONCURRENT)
class DatabaseOutageTest {

    @LocalServerPort
    int port;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void requestsAnswer503WhileTheDatabaseIsAwayAndTheAppRecoversByItself() throws Exception {
        String database = jdbc.queryForObject("select current_database()", String.class);
        try {
            onServer(database, "alter database " + database + " allow_connections false");
            onServer(database, "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");

            HttpResponse<String> page = fetch("/dates/2022-01-27");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).contains("30");
            assertThat(page.body()).contains("cannot answer just now", "site-header").doesNotContain("Exception");
            HttpResponse<String> api = fetch("/api/articles");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.body()).contains("cannot be reached").doesNotContain("Exception");
            assertThat(new OpenApiContract().mismatches("GET /api/articles", 503,
                    api.headers().firstValue("Content-Type").orElseThrow(), api.body())).isEmpty();
            assertThat(fetch("/actuator/health", "application/json").body()).contains("\"status\":\"DOWN\"");
        } finally {
            onServer(database, "alter database " + database + " allow_connections true");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(fetch("/dates/2022-01-27").statusCode()).isEqualTo(200);
            assertThat(fetch("/api/articles").statusCode()).isEqualTo(200);
            assertThat(fetch("/actuator/health", "application/json").body()).contains("\"status\":\"UP\"");
        });
    }

    /** Runs the statement in another database of the server than the app's: the embedded server's app database is "postgres". */
    private void onServer(String appDatabase, String sql) throws SQLException {
        String url = dataSource.getJdbcUrl();
        String serverUrl = url.substring(0, url.lastIndexOf('/') + 1) + (appDatabase.equals("postgres") ? "template1" : "postgres");
        try (Connection connection = DriverManager.getConnection(serverUrl, dataSource.getUsername(), dataSource.getPassword());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
        return fetch(path, "text/html,application/json");
    }

    private HttpResponse<String> fetch(String path, String accept) throws IOException, InterruptedException {
        return LocalServer.fetch(port, path, accept);
    }
}
