package org.newsarchive.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a fresh, migrated and seeded database, with a known admin account, a small
 * import limit and its metrics exported as in production; one context shared by all such tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "news-archive.admin.username=" + AdminAccount.USERNAME, "news-archive.admin.password=" + AdminAccount.PASSWORD,
        "news-archive.import.max-bytes=64KB"})
@AutoConfigureMockMvc
@AutoConfigureMetrics
public @interface ArchiveTest {
}
