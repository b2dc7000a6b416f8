package org.newsarchive.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fast path: JDBC batch inserts of the corpus straight into the schema Flyway made, bypassing the
 * import pipeline (which is being written elsewhere and would measure itself, not search).
 */
final class Load {

    static final int OUTLETS = 100;
    static final int BATCH = 1000;

    static Connection connect(String url, String user) throws SQLException {
        Connection connection = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", user, "");
        connection.setAutoCommit(false);
        return connection;
    }

    static List<Corpus.Actor> actors(Connection db) throws SQLException {
        Map<Long, Corpus.Actor> actors = new LinkedHashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("SELECT a.id, a.slug, l.alias FROM actor a JOIN actor_alias l ON l.actor_id = a.id ORDER BY a.slug, l.alias")) {
            while (rows.next()) {
                actors.computeIfAbsent(rows.getLong(1), id -> {
                    try {
                        return new Corpus.Actor(id, rows.getString(2), new ArrayList<>());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).aliases().add(rows.getString(3));
            }
        }
        return List.copyOf(actors.values());
    }

    static long[] outlets(Connection db) throws SQLException {
        long[] ids = new long[OUTLETS];
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO outlet (slug, name, kind, domain, language) VALUES (?, ?, 'PUBLISHER', ?, 'en')
                ON CONFLICT (slug) DO UPDATE SET name = excluded.name RETURNING id""")) {
            for (int rank = 0; rank < OUTLETS; rank++) {
                String name = Corpus.outletName(rank);
                String slug = name.toLowerCase(Locale.ROOT).replace("the ", "").replace(' ', '-');
                insert.setString(1, slug);
                insert.setString(2, name);
                insert.setString(3, slug + ".example");
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    ids[rank] = row.getLong(1);
                }
            }
        }
        db.commit();
        return ids;
    }

    /** Loads articles 0..size-1 of the corpus; returns how many it inserted. */
    static long load(String url, String user, long seed, int size) throws Exception {
        try (Connection db = connect(url, user)) {
            long[] outlets = outlets(db);
            Corpus corpus = new Corpus(seed, OUTLETS, actors(db));
            long loaded;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM article WHERE source_name = 'bench'")) {
                r.next();
                loaded = r.getLong(1);
            }
            long firstId;
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM article")) {
                r.next();
                firstId = r.getLong(1);
            }
            long started = System.nanoTime();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (PreparedStatement article = db.prepareStatement("""
                    INSERT INTO article (id, slug, outlet_id, original_url, title, body, raw_text, published_on, date_basis,
                                         date_evidence, language, content_hash, source_name)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'HEADER_LINE', ?, ?, ?, 'bench')""");
                 PreparedStatement mention = db.prepareStatement(
                         "INSERT INTO actor_mention (article_id, actor_id, start_offset, end_offset) VALUES (?, ?, ?, ?)")) {
                for (long n = loaded; n < size; n++) {
                    Corpus.Article a = corpus.article(n);
                    long id = firstId + n - loaded;
                    String slug = slug(a.title()) + "-" + n;
                    article.setLong(1, id);
                    article.setString(2, slug);
                    article.setLong(3, outlets[a.outlet()]);
                    article.setString(4, "https://" + a.outlet() + ".example/" + slug);
                    article.setString(5, a.title());
                    article.setString(6, a.body());
                    article.setString(7, a.title() + "\n" + a.publishedOn() + "\n\n" + a.body());
                    article.setDate(8, Date.valueOf(a.publishedOn()));
                    article.setString(9, a.publishedOn().toString());
                    article.setString(10, a.language());
                    // Runs of paragraphs repeat once N passes the source's size: the number keeps hashes unique.
                    article.setString(11, HexFormat.of().formatHex(sha.digest((n + "\n" + a.body()).getBytes(StandardCharsets.UTF_8))));
                    article.addBatch();
                    for (Corpus.Mention m : a.mentions()) {
                        mention.setLong(1, id);
                        mention.setLong(2, m.actorId());
                        mention.setInt(3, m.start());
                        mention.setInt(4, m.end());
                        mention.addBatch();
                    }
                    if ((n + 1) % BATCH == 0 || n == size - 1) {
                        article.executeBatch();
                        mention.executeBatch();
                        db.commit();
                    }
                }
            }
            try (Statement s = db.createStatement()) {
                s.execute("SELECT setval('article_id_seq', (SELECT max(id) FROM article))");
                s.execute("ANALYZE");
            }
            db.commit();
            double seconds = (System.nanoTime() - started) / 1e9;
            long inserted = Math.max(0, size - loaded);
            System.out.printf(Locale.ROOT, "load: %d articles in %.1f s (%.0f docs/s)%n", inserted, seconds, inserted / seconds);
            return inserted;
        }
    }

    /** The PostgreSQL full-text search a user might choose instead: a tsvector per article and a GIN index. */
    static void fullTextIndex(String url, String user) throws SQLException {
        try (Connection db = connect(url, user); Statement s = db.createStatement()) {
            long started = System.nanoTime();
            s.execute("DROP TABLE IF EXISTS bench_article_fts");
            s.execute("""
                    CREATE TABLE bench_article_fts AS
                    SELECT id AS article_id,
                           setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'B') AS fts
                    FROM article""");
            s.execute("ALTER TABLE bench_article_fts ADD PRIMARY KEY (article_id)");
            s.execute("CREATE INDEX bench_article_fts_idx ON bench_article_fts USING gin (fts)");
            s.execute("ANALYZE bench_article_fts");
            db.commit();
            System.out.printf(Locale.ROOT, "pg-fts: tsvector table and GIN index built in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Puts every article that is in no story into one of its own, so that the app's StoryBootstrap,
     * which runs a more-like-this query per unplaced article at startup, has nothing left to do: its
     * cost is measured on its own (see bench/README.md), not inside every startup of the benchmark.
     */
    static void placeAlone(String url, String user) throws SQLException {
        try (Connection db = connect(url, user); Statement s = db.createStatement()) {
            s.execute("""
                    CREATE TEMP TABLE unplaced AS
                    SELECT a.id AS article_id, nextval('story_id_seq') AS story_id, left(a.title, 500) AS title, a.published_on
                    FROM article a WHERE NOT EXISTS (SELECT 1 FROM story_article p WHERE p.article_id = a.id)""");
            s.execute("INSERT INTO story (id, title, first_day, last_day) SELECT story_id, title, published_on, published_on FROM unplaced");
            int placed = s.executeUpdate("""
                    INSERT INTO story_article (article_id, story_id, similarity, placed_by)
                    SELECT article_id, story_id, 1, 'GROUPING' FROM unplaced""");
            db.commit();
            System.out.println("place-alone: " + placed + " articles each in a story of its own");
        }
    }

    static String slug(String title) {
        String s = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 80 ? s.substring(0, 80).replaceAll("-$", "") : s.isEmpty() ? "article" : s;
    }
}
