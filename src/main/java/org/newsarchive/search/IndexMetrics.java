package org.newsarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The size of the Lucene index directory, as {@code archive.index.size}, read when metrics are taken. */
@Component
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.backend.type", havingValue = "lucene")
class IndexMetrics implements MeterBinder {

    private final Path root;

    IndexMetrics(@Value("${spring.jpa.properties.hibernate.search.backend.directory.root}") Path root) {
        this.root = root;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("archive.index.size", this, IndexMetrics::bytes).baseUnit("bytes")
                .description("Bytes the search index takes on disk").register(registry);
    }

    /** Lucene deletes merged files while it works: a scrape that meets one vanishing reports no value. */
    private double bytes() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return Double.NaN;
        }
    }
}
