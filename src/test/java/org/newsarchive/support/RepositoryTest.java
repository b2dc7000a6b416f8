package org.newsarchive.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

/**
 * A slice of the application for its queries: Spring Data JPA's repositories, JDBC and Flyway on a fresh,
 * migrated and seeded database of its own, on the same PostgreSQL as {@link ArchiveTest} (the embedded one
 * where no server is named), without the web layer, the services or the search index. Each test runs in a
 * transaction that is rolled back. One context is shared by all such tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(properties = "spring.jpa.properties.hibernate.search.enabled=false", includeFilters = {
        @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = JavaMigration.class),
        @Filter(type = FilterType.REGEX, pattern = "org\\.newsarchive\\.database\\.EmbeddedPostgresConfiguration")})
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
public @interface RepositoryTest {
}
