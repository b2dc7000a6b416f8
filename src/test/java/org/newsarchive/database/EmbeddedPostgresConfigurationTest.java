package org.newsarchive.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The embedded database's pool takes {@code spring.datasource.hikari.*} as an external one's does: the
 * README's 3 s connection timeout held only with an external database, so a stop after the embedded server
 * had gone waited Hikari's default 30 s. (The server itself is stood in for: it cannot run as root.)
 */
class EmbeddedPostgresConfigurationTest {

    @Test
    void thePoolTakesTheHikariSettings() {
        EmbeddedPostgres postgres = mock(EmbeddedPostgres.class);
        when(postgres.getJdbcUrl("postgres", "postgres")).thenReturn("jdbc:postgresql://127.0.0.1:1/postgres");
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
                .withUserConfiguration(EmbeddedPostgresConfiguration.class)
                .withAllowBeanDefinitionOverriding(true)
                .withBean("embeddedPostgres", EmbeddedPostgres.class, () -> postgres)
                .withPropertyValues("spring.datasource.url=", "spring.datasource.hikari.connection-timeout=3000")
                .run(context -> assertThat(context.getBean(HikariDataSource.class).getConnectionTimeout()).isEqualTo(3000));
    }
}
