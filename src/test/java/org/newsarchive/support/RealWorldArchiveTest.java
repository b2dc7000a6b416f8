package org.newsarchive.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Like {@link ArchiveTest}, on a database of its own that holds the seeds and the real-world development set,
 * which the first test to need it imports ({@link RealWorldSet#importOnce}). One context is shared by all such tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ArchiveTest
@TestPropertySource(properties = "news-archive.test.database=realworld")
public @interface RealWorldArchiveTest {
}
