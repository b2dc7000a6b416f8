package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.newsarchive.support.RepositoryTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@RepositoryTest
class SeedMigrationTest {

    static final Path SEED = Path.of("db/seed");
    static final Set<String> QUOTATION_MARKS = Set.of("\"", "“", "”", "'", "‘", "’");

    @Autowired
    JdbcTemplate jdbc;

    final JsonMapper json = new JsonMapper();

    @Test
    void seedsFiveArticlesWhoseRawTextIsTheSeedFileByteForByte() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(SEED)) {
            files = listing.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSize(5);
        assertThat(jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(5);
        for (Path file : files) {
            String raw = jdbc.queryForObject("select raw_text from article where source_name = ?", String.class,
                    file.getFileName().toString());
            assertThat(raw.getBytes(StandardCharsets.UTF_8)).as(file.toString()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void everyActorMentionPointsAtOneOfTheActorsAliases() {
        List<Map<String, Object>> wrong = jdbc.queryForList("""
                select a.source_name, ac.slug, m.start_offset, m.end_offset,
                       substr(a.body, m.start_offset + 1, m.end_offset - m.start_offset) as words
                from actor_mention m join article a on a.id = m.article_id join actor ac on ac.id = m.actor_id
                where substr(a.body, m.start_offset + 1, m.end_offset - m.start_offset)
                      not in (select alias from actor_alias where actor_id = m.actor_id)
                """);
        assertThat(wrong).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from actor_mention", Long.class)).isGreaterThan(100);
    }

    @Test
    void everyCitationPointsAtOneOfTheCitedOutletsNames() {
        List<Map<String, Object>> wrong = jdbc.queryForList("""
                select a.source_name, c.start_offset from citation c join article a on a.id = c.article_id
                where substr(a.body, c.start_offset + 1, c.end_offset - c.start_offset)
                      not in (select alias from outlet_alias where outlet_id = c.cited_outlet_id)
                """);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyCuratedPassagePointsAtItsExactWords() throws IOException {
        List<SeedArticle> manifest = json.readValue(Files.readAllBytes(SEED.resolve("articles.json")),
                new TypeReference<List<SeedArticle>>() { });
        for (SeedArticle seed : manifest) {
            String body = jdbc.queryForObject("select body from article where source_name = ?", String.class, seed.file());
            assertThat(wordsAt(body, "quote", seed.file())).as(seed.file() + " quotes")
                    .containsExactlyInAnyOrderElementsOf(seed.quotes().stream().map(SeedArticle.QuoteEntry::text).toList());
            assertThat(wordsAt(body, "demand_mention", seed.file())).as(seed.file() + " demand mentions")
                    .containsExactlyInAnyOrderElementsOf(seed.demandMentions().stream().map(SeedArticle.DemandMentionEntry::text).toList());
            assertThat(wordsAt(body, "demand_response", seed.file())).as(seed.file() + " demand responses")
                    .containsExactlyInAnyOrderElementsOf(seed.responses().stream().map(SeedArticle.ResponseEntry::text).toList());
            assertThat(wordsAt(body, "citation", seed.file())).as(seed.file() + " citations")
                    .containsExactlyInAnyOrderElementsOf(seed.citations().stream().map(SeedArticle.CitationEntry::text).toList());
        }
    }

    @Test
    void everyQuoteIsTheWordsBetweenQuotationMarks() {
        List<Map<String, Object>> quotes = jdbc.queryForList("""
                select a.body, q.start_offset, q.end_offset from quote q join article a on a.id = q.article_id""");
        assertThat(quotes).hasSizeGreaterThan(30);
        for (Map<String, Object> quote : quotes) {
            String body = (String) quote.get("body");
            int start = (Integer) quote.get("start_offset");
            int end = (Integer) quote.get("end_offset");
            assertThat(QUOTATION_MARKS).as(body.substring(start, end)).contains(body.substring(start - 1, start));
            // The quoted words may leave out a comma or full stop that stands inside the closing mark.
            String after = body.substring(end, end + 1).matches("[,.]") ? body.substring(end + 1, end + 2)
                    : body.substring(end, end + 1);
            assertThat(QUOTATION_MARKS).as(body.substring(start, end)).contains(after);
        }
    }

    @Test
    void quotesAreAttributedToTheirSpeakers() {
        assertThat(speakerOf("It is essential that the security guarantees for Russia are put in writing and have the force of law"))
                .isEqualTo("sergei-ryabkov");
        assertThat(speakerOf("We are ready for any of the options")).isEqualTo("antony-blinken");
        assertThat(speakerOf("Did they promise not to expand into the territory of the former Soviet Union? They promised in private talks"))
                .isEqualTo("dmitry-medvedev");
        assertThat(speakerOf("avoid a negative scenario")).isEqualTo("mykhailo-podoliak");
        assertThat(jdbc.queryForObject("""
                select q.attribution from quote q join article a on a.id = q.article_id
                where q.speaker_id is null and substr(a.body, q.start_offset + 1, q.end_offset - q.start_offset)
                      like 'Many of the Russian demands are unacceptable%'""", String.class))
                .containsIgnoringCase("European official");
    }

    @Test
    void everyNamedActorAndEveryDemandIsThere() {
        assertThat(jdbc.queryForList("select slug from actor", String.class)).contains(
                "vladimir-putin", "sergei-lavrov", "sergei-ryabkov", "antony-blinken", "joe-biden", "dmitry-medvedev",
                "alexander-grushko", "jens-stoltenberg", "ned-price", "annalena-baerbock", "john-sullivan",
                "mykhailo-podoliak", "volodymyr-zelensky", "nato", "united-states", "russia", "ukraine", "osce",
                "european-union");
        // Migration 8 adds organisations that coverage in general names, beyond the seeds.
        assertThat(jdbc.queryForList("select slug from actor where id not in (select actor_id from actor_mention)",
                String.class)).as("actors never mentioned").containsExactlyInAnyOrder("united-nations", "un-security-council",
                "white-house", "us-congress", "cia", "ukrainian-foreign-ministry", "russian-defence-ministry", "state-duma",
                "european-commission", "g7", "csto");
        assertThat(jdbc.queryForList("select slug from demand", String.class)).contains(
                "no-nato-enlargement", "nato-1997-rollback", "no-military-activity-east",
                "no-bases-in-former-soviet-states", "no-intermediate-range-missiles", "indivisible-security",
                "legally-binding-guarantees");
        assertThat(jdbc.queryForList("select distinct d.slug from demand_response r join demand d on d.id = r.demand_id",
                String.class)).contains("no-nato-enlargement");
    }

    @Test
    void spellingVariantsOfOnePersonAreOneActor() {
        assertThat(mentionedWords("sergei-lavrov")).contains("Sergei Lavrov", "Sergey Lavrov", "Lavrov");
        assertThat(mentionedWords("ukraine")).contains("Ukraine", "Kiev", "Kyiv");
        assertThat(mentionedWords("sergei-ryabkov")).contains("Sergey Riabkov");
    }

    @Test
    void cleanBodiesDropSiteBoilerplateAndKeepCaptionsApart() {
        List<String> bodies = jdbc.queryForList("select body from article", String.class);
        assertThat(bodies).allSatisfy(body -> assertThat(body).doesNotContain("Registration was successful!", "fbpx",
                "spelling error", "Envíanos", " date 2022-", "Photo Reuters", "© AP Photo", "Sputnik News reporter",
                "AP/EVAN VUCCI", "13:29 02 Feb 2022"));
        assertThat(captionsOf("002_73428c9fd92591ec.txt")).contains("Photo Reuters");
        assertThat(captionsOf("004_4efa51a7752c072d.txt")).anyMatch(caption -> caption.startsWith("AP/EVAN VUCCI"));
        String sputnik = jdbc.queryForObject("select body from article where source_name = '001_3e1338e84fc86e8a.txt'",
                String.class);
        assertThat(sputnik).doesNotContain("NATO About to Give Written Response");
        assertThat(sputnik.split("According to US Secretary of State Antony Blinken", -1)).hasSize(2);
    }

    @Test
    void provenanceFollowsTheSourcesTable() {
        Map<String, Object> unidentified = article("002_73428c9fd92591ec.txt");
        assertThat(unidentified).containsEntry("outlet", "unidentified").containsEntry("date_basis", "IN_TEXT")
                .containsEntry("original_url", null);
        assertThat(unidentified.get("published_on")).hasToString("2022-02-02");
        Map<String, Object> atalayar = article("004_4efa51a7752c072d.txt");
        assertThat(atalayar).containsEntry("outlet", "atalayar").containsEntry("date_basis", "INFERRED");
        assertThat(atalayar.get("published_on")).hasToString("2022-01-27");
        assertThat(article("001_3e1338e84fc86e8a.txt")).containsEntry("outlet", "sputnik")
                .containsEntry("byline", "Morgan Artyukhina").containsEntry("date_basis", "HEADER_LINE");
        assertThat(article("000_9c0e0673cd2d66e7.txt")).containsEntry("outlet", "playcrazygame")
                .containsEntry("original_url",
                        "https://playcrazygame.com/2022/01/27/nato-and-us-make-final-adjustments-in-response-to-russian-demands/");
        assertThat(article("003_704011b801f09680.txt")).containsEntry("outlet", "pledge-times");
    }

    private List<String> wordsAt(String body, String table, String file) {
        return jdbc.queryForList("select p.start_offset, p.end_offset from " + table
                        + " p join article a on a.id = p.article_id where a.source_name = ?", file).stream()
                .map(row -> body.substring((Integer) row.get("start_offset"), (Integer) row.get("end_offset")))
                .toList();
    }

    private String speakerOf(String words) {
        return jdbc.queryForObject("""
                select ac.slug from quote q join article a on a.id = q.article_id join actor ac on ac.id = q.speaker_id
                where substr(a.body, q.start_offset + 1, q.end_offset - q.start_offset) = ?""", String.class, words);
    }

    private List<String> mentionedWords(String actorSlug) {
        return jdbc.queryForList("""
                select distinct substr(a.body, m.start_offset + 1, m.end_offset - m.start_offset)
                from actor_mention m join article a on a.id = m.article_id join actor ac on ac.id = m.actor_id
                where ac.slug = ?""", String.class, actorSlug);
    }

    private List<String> captionsOf(String file) {
        return jdbc.queryForList("""
                select c.text from article_caption c join article a on a.id = c.article_id
                where a.source_name = ? order by c.position""", String.class, file);
    }

    private Map<String, Object> article(String file) {
        return jdbc.queryForMap("""
                select o.slug as outlet, a.original_url, a.published_on, a.date_basis, a.byline
                from article a join outlet o on o.id = a.outlet_id where a.source_name = ?""", file);
    }
}
