package org.newsarchive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexDirectoryGuardTest {

    @TempDir
    Path root;

    @Test
    void aReadableIndexIsKept() throws IOException {
        Path article = root.resolve("Article");
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(article), new IndexWriterConfig(new StandardAnalyzer()))) {
            Document document = new Document();
            document.add(new TextField("title", "NATO replies", Field.Store.YES));
            writer.addDocument(document);
        }

        new IndexDirectoryGuard(root).check();

        assertThat(article).isDirectoryContaining(path -> path.getFileName().toString().startsWith("segments_"));
    }

    @Test
    void aCorruptIndexIsDeletedSoThatItIsRebuilt() throws IOException {
        Path article = Files.createDirectories(root.resolve("Article"));
        Files.writeString(article.resolve("segments_1"), "not a Lucene commit point");

        new IndexDirectoryGuard(root).check();

        assertThat(article).doesNotExist();
    }

    @Test
    void aMissingDirectoryIsCreated() {
        Path missing = root.resolve("index");

        new IndexDirectoryGuard(missing).check();

        assertThat(missing).isEmptyDirectory();
    }

    @Test
    void aDirectoryThatCannotBeWrittenStopsTheStartSayingWhy() throws IOException {
        Path notADirectory = Files.writeString(root.resolve("index"), "a file where the index should be");

        assertThatThrownBy(() -> new IndexDirectoryGuard(notADirectory).check())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be written to")
                .hasMessageContaining("INDEX_DIR");
    }
}
