package org.newsarchive.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * Tests that take seconds each: a real browser, a killed import, a started and stopped jar, fuzzing.
 * Failsafe runs them in {@code verify}, after package; Surefire runs the rest first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {
}
