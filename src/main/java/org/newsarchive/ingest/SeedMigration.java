package org.newsarchive.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.newsarchive.actor.AliasDictionary;
import org.newsarchive.article.ArticleSlug;
import org.newsarchive.article.ContentHash;
import org.newsarchive.text.TextSpan;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flyway migration 3: loads the five seed captures from {@code db/seed/}, raw text exactly as
 * received, with the curated clean reading of {@code db/seed/articles.json}. Actor mentions are found
 * through the alias dictionary that migration 2 wrote. It is a Java migration because the raw files
 * must be stored byte for byte, which an SQL script could only do by holding a second copy of them.
 */
@Component
class SeedMigration implements JavaMigration {

    static final String SEED_DIRECTORY = "db/seed/";
    static final String MANIFEST = SEED_DIRECTORY + "articles.json";

    private final JsonMapper json;

    SeedMigration(JsonMapper json) {
        this.json = json;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "seed articles";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(read(MANIFEST));
        for (SeedArticle article : manifest()) {
            crc.update(read(SEED_DIRECTORY + article.file()));
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        Map<String, Long> outlets = idsBySlug(jdbc, "outlet");
        Map<String, Long> actors = idsBySlug(jdbc, "actor");
        Map<String, Long> demands = idsBySlug(jdbc, "demand");
        Map<String, Long> actorIdByAlias = new HashMap<>();
        jdbc.query("select alias, actor_id from actor_alias",
                row -> { actorIdByAlias.put(row.getString(1), row.getLong(2)); });
        AliasDictionary aliases = new AliasDictionary(actorIdByAlias);

        for (SeedArticle seed : manifest()) {
            byte[] raw = read(SEED_DIRECTORY + seed.file());
            String rawText = new String(raw, StandardCharsets.UTF_8);
            seed.body().forEach(paragraph -> requireCutFrom(rawText, paragraph, seed));
            seed.captions().forEach(caption -> requireCutFrom(rawText, caption, seed));
            long articleId = jdbc.queryForObject("""
                    insert into article (slug, outlet_id, original_url, title, body, raw_text, published_on,
                        date_basis, date_evidence, byline, language, content_hash, source_name)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                    """, Long.class, ArticleSlug.of(seed.title()), require(outlets, seed.outlet()), seed.url(),
                    seed.title(), seed.joinedBody(), rawText, Date.valueOf(seed.publishedOn()),
                    seed.dateBasis().name(), seed.dateEvidence(), seed.byline(), seed.language(), ContentHash.of(raw),
                    seed.file());

            for (int position = 0; position < seed.captions().size(); position++) {
                jdbc.update("insert into article_caption (article_id, position, text) values (?, ?, ?)",
                        articleId, position, seed.captions().get(position));
            }
            List<TextSpan> citationSpans = seed.citations().stream().map(seed::locate).toList();
            for (int i = 0; i < citationSpans.size(); i++) {
                insertPassage(jdbc, "citation", "cited_outlet_id", articleId,
                        require(outlets, seed.citations().get(i).outlet()), citationSpans.get(i));
            }
            for (AliasDictionary.Match match : aliases.findIn(seed.joinedBody(), citationSpans)) {
                insertPassage(jdbc, "actor_mention", "actor_id", articleId, match.actorId(), match.span());
            }
            for (SeedArticle.DemandMentionEntry mention : seed.demandMentions()) {
                insertPassage(jdbc, "demand_mention", "demand_id", articleId,
                        require(demands, mention.demand()), seed.locate(mention));
            }
            for (SeedArticle.QuoteEntry quote : seed.quotes()) {
                TextSpan span = seed.locate(quote);
                jdbc.update("""
                        insert into quote (article_id, speaker_id, attribution, start_offset, end_offset)
                        values (?, ?, ?, ?, ?)""", articleId,
                        quote.speaker() == null ? null : require(actors, quote.speaker()),
                        quote.attribution(), span.start(), span.end());
            }
            for (SeedArticle.ResponseEntry response : seed.responses()) {
                TextSpan span = seed.locate(response);
                jdbc.update("""
                        insert into demand_response (demand_id, responder_id, stance, article_id, start_offset, end_offset)
                        values (?, ?, ?, ?, ?, ?)""", require(demands, response.demand()),
                        require(actors, response.responder()), response.stance().name(), articleId,
                        span.start(), span.end());
            }
        }
    }

    private List<SeedArticle> manifest() {
        return json.readValue(read(MANIFEST), new TypeReference<List<SeedArticle>>() { });
    }

    private static void insertPassage(JdbcTemplate jdbc, String table, String column, long articleId, long id,
            TextSpan span) {
        jdbc.update("insert into " + table + " (article_id, " + column + ", start_offset, end_offset) values (?, ?, ?, ?)",
                articleId, id, span.start(), span.end());
    }

    private static Map<String, Long> idsBySlug(JdbcTemplate jdbc, String table) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select slug, id from " + table, row -> { ids.put(row.getString(1), row.getLong(2)); });
        return ids;
    }

    private static long require(Map<String, Long> ids, String slug) {
        Long id = ids.get(slug);
        if (id == null) {
            throw new IllegalStateException("The seed names '" + slug + "', which migration 2 did not create");
        }
        return id;
    }

    /** The clean text is derived from the capture, never rewritten: every piece must be cut from it. */
    private static void requireCutFrom(String rawText, String piece, SeedArticle seed) {
        if (!rawText.contains(piece)) {
            throw new IllegalStateException(seed.file() + ": \"" + piece + "\" is not in the raw capture");
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + path + " from the classpath", e);
        }
    }
}
