package org.newsarchive.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Like {@link ArchiveTest}, on a database of its own: tests that import articles would otherwise change
 * what the read-only tests count. One context is shared by all such tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ArchiveTest
@TestPropertySource(properties = "news-archive.test.database=importing")
public @interface ImportingArchiveTest {
}
