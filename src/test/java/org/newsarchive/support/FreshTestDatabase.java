package org.newsarchive.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Gives every test application context a database and an index of its own. With
 * {@code SPRING_DATASOURCE_URL} set (CI: the local PostgreSQL server) it creates a fresh database on
 * that server; without, the embedded PostgreSQL starts on an empty temporary data directory. A Lucene
 * index lives in a temporary directory; OpenSearch indexes are created empty for the context.
 * <p>
 * The database and the directories are removed when the context closes, after all its beans: removed
 * from a JVM shutdown hook instead, they went while the contexts were still closing (hooks run at the
 * same time), and each context's outbox agent then waited for a database that was gone, so long that
 * Surefire killed the test JVM.
 */
public class FreshTestDatabase implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<Runnable> cleanUp = new ArrayList<>();
        // Registered before any bean, so destroyed after all of them.
        application.addInitializers(context -> ((DefaultListableBeanFactory) context.getBeanFactory())
                .registerDisposableBean(FreshTestDatabase.class.getName(), () -> cleanUp.forEach(Runnable::run)));
        Map<String, Object> properties = new HashMap<>();
        if ("elasticsearch".equals(environment.getProperty("spring.jpa.properties.hibernate.search.backend.type"))) {
            // Contexts share the cluster, so each starts on empty indexes and removes them when it closes; a run
            // on OpenSearch keeps to the tests of one context (.ci/opensearch).
            properties.put("spring.jpa.properties.hibernate.search.schema_management.strategy", "drop-and-create-and-drop");
        } else {
            Path index = temporaryDirectory("news-archive-index");
            properties.put("spring.jpa.properties.hibernate.search.backend.directory.root", index.toString());
            cleanUp.add(() -> delete(index));
        }
        properties.put("news-archive.stories.group-in-background", "false");
        // Cached contexts keep their pools; an idle one gives its connections back, so that a dozen contexts stay
        // within the server's hundred connections.
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        properties.put("spring.datasource.hikari.idle-timeout", "10000");

        String serverUrl = environment.getProperty("spring.datasource.url", "");
        if (serverUrl.isEmpty()) {
            Path data = temporaryDirectory("news-archive-postgres");
            properties.put("news-archive.embedded-postgres.data-dir", data.toString());
            cleanUp.add(() -> delete(data));
        } else {
            String user = environment.getProperty("spring.datasource.username");
            String password = environment.getProperty("spring.datasource.password");
            String database = "news_archive_test_" + UUID.randomUUID().toString().replace("-", "");
            execute(serverUrl, user, password, "create database " + database);
            // A test database outlives no test run, so its commits need not wait for the disk.
            execute(serverUrl, user, password, "alter database " + database + " set synchronous_commit = off");
            properties.put("spring.datasource.url", withDatabase(serverUrl, database));
            cleanUp.add(() -> execute(serverUrl, user, password, "drop database if exists " + database + " with (force)"));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("fresh-test-database", properties));
    }

    public static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String parameters = query < 0 ? "" : jdbcUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database at " + url + ": " + e.getMessage(), e);
        }
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
