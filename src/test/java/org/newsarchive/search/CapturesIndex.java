package org.newsarchive.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.newsarchive.support.RealWorldSet;

/** The 40 real-world captures as bodies of a Lucene index in memory, each written as a segment of its own. */
final class CapturesIndex implements Closeable {

    private static final String TEXT_NUMBER = "n";

    private final List<String> texts = RealWorldSet.answers().stream().map(answer -> RealWorldSet.capture(answer.file())).toList();
    private final Directory directory = new ByteBuffersDirectory();

    CapturesIndex(Analyzer analyzer) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int n = 0; n < texts.size(); n++) {
                Document document = new Document();
                document.add(new TextField(LikeTextQuery.FIELD, texts.get(n), Field.Store.NO));
                // Merges reorder the documents: each says which text it holds.
                document.add(new StoredField(TEXT_NUMBER, n));
                writer.addDocument(document);
                writer.commit();
            }
        }
    }

    List<String> texts() {
        return texts;
    }

    DirectoryReader open() throws IOException {
        return DirectoryReader.open(directory);
    }

    /** The number in {@link #texts()} of the text a document holds. */
    static int textOf(IndexReader reader, int doc) throws IOException {
        return reader.storedFields().document(doc).getField(TEXT_NUMBER).numericValue().intValue();
    }

    @Override
    public void close() throws IOException {
        directory.close();
    }
}
