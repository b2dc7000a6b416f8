package org.newsarchive.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Checks the index directory before Hibernate Search opens it. A directory that cannot be created or
 * written to (read-only, full, not a directory) stops the start with a message saying which and why;
 * an index that cannot be read is deleted, so that {@link IndexBootstrap} rebuilds it from the database.
 */
class IndexDirectoryGuard {

    private static final Logger log = LoggerFactory.getLogger(IndexDirectoryGuard.class);

    private final Path root;

    IndexDirectoryGuard(Path root) {
        this.root = root;
    }

    void check() {
        try {
            Files.createDirectories(root);
            Files.delete(Files.createTempFile(root, ".write-check", null));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The search index directory " + root.toAbsolutePath()
                    + " cannot be written to (" + e + "). Set INDEX_DIR to a writable directory with free space.", e);
        }
        for (Path index : indexes()) {
            if (!readable(index)) {
                FileSystemUtils.deleteRecursively(index.toFile());
            }
        }
    }

    private List<Path> indexes() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the search index directory " + root.toAbsolutePath(), e);
        }
    }

    private static boolean readable(Path index) {
        try (Directory directory = FSDirectory.open(index)) {
            if (DirectoryReader.indexExists(directory)) {
                DirectoryReader.open(directory).close();
            }
            return true;
        } catch (IOException | RuntimeException e) {
            log.warn("Search index {} cannot be read ({}): deleting it, to rebuild it from the database", index, e.toString());
            return false;
        }
    }
}
