package org.newsarchive.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The size of the Lucene index directory, every file in it. */
@Component
@ConditionalOnProperty(name = "spring.jpa.properties.hibernate.search.backend.type", havingValue = "lucene")
class LuceneIndexSize implements IndexSize {

    private final Path root;

    LuceneIndexSize(@Value("${spring.jpa.properties.hibernate.search.backend.directory.root}") Path root) {
        this.root = root;
    }

    /** Lucene deletes merged files while it works: a scrape that meets one vanishing reports no value. */
    @Override
    public double bytes() {
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
