package org.newsarchive.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The indexing floor: a plain IndexWriter fed the same rows MassIndexer reads, building documents of
 * the same fields with the same analyzers.
 */
final class RawIndex {

    private static final int BATCH = 500;
    private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTED.setStoreTermVectors(true);
        HIGHLIGHTED.setStoreTermVectorPositions(true);
        HIGHLIGHTED.setStoreTermVectorOffsets(true);
        HIGHLIGHTED.freeze();
    }

    record Row(long id, String title, String body, String byline, LocalDate publishedOn, String dateBasis,
            String dateEvidence, String language, String outletSlug, String outletName, String[] actors,
            String[] captions) {
    }

    /**
     * Reads every row first, in one query with joins, and times only the IndexWriter fed from memory: the
     * floor for the indexing work itself, whatever the cost of reading PostgreSQL.
     */
    static void run(String url, String user, Path appResources, Path directory, int threads) throws Exception {
        long reading = System.nanoTime();
        List<Row> rows = read(url, user);
        double readSeconds = (System.nanoTime() - reading) / 1e9;
        Analysis analysis = new Analysis(appResources);
        IndexWriterConfig config = new IndexWriterConfig(analysis.forIndexing());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        config.setRAMBufferSizeMB(Double.parseDouble(System.getProperty("bench.ramBufferMb", "16")));
        long started = System.nanoTime();
        double seconds;
        double mergeSeconds;
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        List<Future<?>> pending = new ArrayList<>();
        try (FSDirectory dir = FSDirectory.open(directory); IndexWriter writer = new IndexWriter(dir, config)) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                pending.add(submit(workers, writer, rows.subList(from, Math.min(rows.size(), from + BATCH))));
            }
            for (Future<?> done : pending) {
                done.get();
            }
            writer.commit();
            seconds = (System.nanoTime() - started) / 1e9;
            // The app's rebuild ends by merging the index into one segment (IndexRebuild): the same here, timed apart.
            long merging = System.nanoTime();
            writer.forceMerge(1);
            writer.commit();
            mergeSeconds = (System.nanoTime() - merging) / 1e9;
        } finally {
            workers.shutdown();
        }
        System.out.printf(Locale.ROOT, "raw-index: %d documents from memory in %.1f s (%.0f docs/s), %d threads, RAM buffer %s MB;"
                + " then merged into one segment in %.1f s (%.0f docs/s with the merge); reading them first, one query"
                + " with joins: %.1f s%n", rows.size(), seconds, rows.size() / seconds, threads, config.getRAMBufferSizeMB(),
                mergeSeconds, rows.size() / (seconds + mergeSeconds), readSeconds);
    }

    private static List<Row> read(String url, String user) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Connection db = Load.connect(url, user)) {
            try (PreparedStatement query = db.prepareStatement("""
                    SELECT a.id, a.title, a.body, a.byline, a.published_on, a.date_basis, a.date_evidence, a.language,
                           o.slug, o.name, coalesce(m.slugs, '{}'), coalesce(c.texts, '{}')
                    FROM article a JOIN outlet o ON o.id = a.outlet_id
                    LEFT JOIN (SELECT m.article_id, array_agg(DISTINCT ac.slug) AS slugs
                               FROM actor_mention m JOIN actor ac ON ac.id = m.actor_id GROUP BY m.article_id) m
                           ON m.article_id = a.id
                    LEFT JOIN (SELECT article_id, array_agg(text ORDER BY position) AS texts
                               FROM article_caption GROUP BY article_id) c
                           ON c.article_id = a.id""")) {
                query.setFetchSize(1000);
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Row(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getDate(5).toLocalDate(), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                                r.getString(10), (String[]) r.getArray(11).getArray(), (String[]) r.getArray(12).getArray()));
                    }
                }
            }
        }
        return rows;
    }

    private static Future<?> submit(ExecutorService workers, IndexWriter writer, List<Row> batch) {
        return workers.submit(() -> {
            for (Row row : batch) {
                writer.addDocument(document(row));
            }
            return null;
        });
    }

    static Document document(Row row) {
        Document doc = new Document();
        String id = String.valueOf(row.id());
        doc.add(new StringField("__HSEARCH_id", id, Field.Store.YES));
        doc.add(new BinaryDocValuesField("__HSEARCH_id_docvalue", new BytesRef(id)));
        doc.add(new StringField("__HSEARCH_type", "main", Field.Store.NO));
        doc.add(new Field("title", row.title(), HIGHLIGHTED));
        keyword(doc, "title_sort", row.title().toLowerCase(Locale.ROOT), false);
        doc.add(new TextField("title_prefix", row.title(), Field.Store.NO));
        doc.add(new Field("body", row.body(), HIGHLIGHTED));
        if (row.byline() != null) {
            doc.add(new TextField("byline", row.byline(), Field.Store.NO));
        }
        for (String caption : row.captions()) {
            doc.add(new TextField("captions", caption, Field.Store.NO));
        }
        long day = row.publishedOn().toEpochDay();
        doc.add(new LongPoint("publishedOn", day));
        doc.add(new SortedNumericDocValuesField("publishedOn", day));
        doc.add(new StoredField("publishedOn", day));
        long month = row.publishedOn().withDayOfMonth(1).toEpochDay();
        doc.add(new LongPoint("publishedMonth", month));
        doc.add(new SortedNumericDocValuesField("publishedMonth", month));
        keyword(doc, "dateBasis", row.dateBasis(), true);
        doc.add(new StoredField("dateEvidence", row.dateEvidence()));
        keyword(doc, "language", row.language(), true);
        keyword(doc, "outlet.slug", row.outletSlug(), true);
        doc.add(new StringField("outlet.name", row.outletName(), Field.Store.YES));
        for (String actor : row.actors()) {
            keyword(doc, "actor", actor, false);
        }
        doc.add(new TextField("spelling", row.title(), Field.Store.NO));
        doc.add(new TextField("spelling", row.body(), Field.Store.NO));
        return doc;
    }

    private static void keyword(Document doc, String field, String value, boolean stored) {
        doc.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    /** What the index Hibernate Search wrote holds, field by field: to keep the raw documents equivalent. */
    static void fields(Path directory) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(directory))) {
            System.out.println("documents: " + reader.numDocs() + " (maxDoc " + reader.maxDoc() + "), segments: " + reader.leaves().size());
            LeafReaderContext leaf = reader.leaves().get(0);
            for (FieldInfo info : leaf.reader().getFieldInfos()) {
                System.out.printf("%-20s index=%s docValues=%s points=%d termVectors=%s norms=%s%n", info.name,
                        info.getIndexOptions() == IndexOptions.NONE ? "-" : info.getIndexOptions(), info.getDocValuesType(),
                        info.getPointDimensionCount(), info.hasVectors(), !info.omitsNorms());
            }
            System.out.println(reader.storedFields().document(0));
        }
    }
}
