package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsarchive.article.DateBasis;
import org.newsarchive.support.ArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The five raw seed files through the pipeline, each with a sidecar giving only the URL it was found at
 * (002's is unknown), against the curated reading in {@code db/seed/articles.json}. Where the pipeline
 * reads differently, the test says exactly how.
 */
@ArchiveTest
class SeedPipelineTest {


    @Autowired
    CaptureReader reader;

    @Autowired
    ArticlePipeline pipeline;

    @Autowired
    Vocabularies vocabularies;

    @Autowired
    OutletResolver outlets;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    PlatformTransactionManager transactionManager;

    List<SeedArticle> seeds;
    Map<String, ArticleDraft> drafts = new HashMap<>();
    Map<Long, String> actorSlugs = new HashMap<>();

    @BeforeEach
    void readTheSeedsThroughThePipeline() throws IOException {
        seeds = json.readValue(Files.readAllBytes(Path.of("db/seed/articles.json")), new TypeReference<List<SeedArticle>>() { });
        Vocabulary vocabulary = vocabularies.read();
        for (SeedArticle seed : seeds) {
            drafts.put(seed.file(), pipeline.read(pipeline.prepare(capture(seed, seed.url())), vocabulary, Set.of()));
        }
        jdbc.query("select id, slug from actor", row -> { actorSlugs.put(row.getLong(1), row.getString(2)); });
    }

    @Test
    void readsTheCuratedParagraphsAndCaptionsOfEverySeed() {
        for (SeedArticle seed : seeds) {
            assertThat(drafts.get(seed.file()).body()).as(seed.file()).isEqualTo(seed.joinedBody());
            assertThat(drafts.get(seed.file()).captions()).as(seed.file()).isEqualTo(seed.captions());
        }
    }

    /**
     * 000 and 003 carry no headline: the pipeline takes the opening sentence, cut to a title's length, as a
     * careful reader does (their curated titles were made from the URLs' words).
     */
    @Test
    void readsTheHeadlineOrTakesTheOpeningSentence() {
        assertThat(title("001")).isEqualTo("NATO About to Give Written Response to Russia's Security Guarantees Proposals, Report Claims");
        assertThat(title("002")).isEqualTo("Media revealed US and NATO responses to Russia's so-called \"security guarantees\"");
        assertThat(title("004")).isEqualTo("US rejects Russia's demands: NATO to continue enlargement policy");
        assertThat(title("000")).isEqualTo("The written response of NATO (North Atlantic Treaty Organization) and the United States to the…");
        assertThat(seed("003").title()).isEqualTo("Russia: US-NATO response fails to address key security demands");
        assertThat(title("003")).isEqualTo("The Government of Vladimir Putin assured this January 27 that the written response of the United…");
    }

    /**
     * 004 has no date anywhere; the curated 27 January is inferred from the events it reports, which the pipeline
     * cannot do: it leaves the article undated rather than dating it the day of import.
     */
    @Test
    void datesEverySeedAsCuratedAndSaysHow() {
        for (String file : List.of("000", "001", "002", "003")) {
            assertThat(drafts.get(seed(file).file()).date().day()).as(file).isEqualTo(seed(file).publishedOn());
            assertThat(drafts.get(seed(file).file()).date().basis()).as(file).isEqualTo(seed(file).dateBasis());
        }
        assertThat(draft("001").date().evidence())
                .isEqualTo("Header line “date 2022-01-26”; In-text date “26.01.2022” agrees; the URL path /20220126 agrees;"
                        + " the text reference “on Wednesday” (inferred: the last Wednesday up to 2022-01-26) agrees.");
        assertThat(draft("004").date().isUndated()).isTrue();
        assertThat(draft("004").date().basis()).isEqualTo(DateBasis.NONE);
    }

    @Test
    void findsTheOutletByTheUrlsSiteOrTheSignOff() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            Vocabulary vocabulary = vocabularies.read();
            for (SeedArticle seed : seeds) {
                ArticleDraft draft = drafts.get(seed.file());
                assertThat(outlets.resolve(draft.capture().metadata(), draft.signedBy(), draft.capture().text(), draft.language(),
                        vocabulary.outletDirectory()).outlet().getSlug()).as(seed.file()).isEqualTo(seed.outlet());
            }
            ArticleDraft withoutUrl = pipeline.read(pipeline.prepare(capture(seed("001"), null)), vocabulary, Set.of());
            assertThat(outlets.resolve(withoutUrl.capture().metadata(), withoutUrl.signedBy(), withoutUrl.capture().text(),
                    withoutUrl.language(), vocabulary.outletDirectory()).outlet().getSlug()).isEqualTo("sputnik");
            status.setRollbackOnly();
        });
        assertThat(draft("001").byline()).isEqualTo("Morgan Artyukhina");
    }

    /** An import's directory of outlets is read at its start: one another import created since is found, not made twice. */
    @Test
    void findsAnOutletAnotherImportCreatedSinceTheDirectoryWasRead() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        Vocabulary vocabulary = vocabularies.read();
        jdbc.update("insert into outlet (slug, name, domain, kind, description)"
                + " values ('meanwhile-gazette', 'Meanwhile Gazette', 'meanwhile.example', 'PUBLISHER', 'Created by another import.')");
        long id = jdbc.queryForObject("select id from outlet where slug = 'meanwhile-gazette'", Long.class);
        try {
            transaction.executeWithoutResult(status -> {
                assertThat(outlets.resolve(new ArticleMetadata(null, "Meanwhile Gazette", null, null), null, "", null,
                        vocabulary.outletDirectory()).outlet().getId()).isEqualTo(id);
                assertThat(outlets.resolve(new ArticleMetadata("https://www.meanwhile.example/a", null, null, null), null, "", null,
                        vocabulary.outletDirectory()).outlet().getId()).isEqualTo(id);
                status.setRollbackOnly();
            });
            assertThat(jdbc.queryForObject("select count(*) from outlet where name = 'Meanwhile Gazette'", Long.class)).isOne();
        } finally {
            jdbc.update("delete from outlet where id = ?", id);
        }
    }

    @Test
    void tagsTheSameActorsAtTheSamePlacesAsTheSeedMigration() {
        for (SeedArticle seed : seeds) {
            List<String> seeded = jdbc.query("""
                    select m.actor_id, m.start_offset, m.end_offset from actor_mention m join article a on a.id = m.article_id
                    where a.source_name = ? order by m.start_offset""",
                    (row, i) -> row.getLong(1) + "@" + row.getInt(2) + "-" + row.getInt(3), seed.file());
            assertThat(drafts.get(seed.file()).actors()).extracting(m -> m.actorId() + "@" + m.span().start() + "-" + m.span().end())
                    .as(seed.file()).isEqualTo(seeded);
        }
    }

    @Test
    void citesTheCuratedOutlets() {
        for (SeedArticle seed : seeds) {
            ArticleDraft draft = drafts.get(seed.file());
            assertThat(draft.citations()).extracting(citation -> citation.span().in(draft.body())).as(seed.file())
                    .isEqualTo(seed.citations().stream().map(SeedArticle.CitationEntry::text).toList());
        }
    }

    /**
     * Every curated quote is found at its place. The pipeline also takes scare quotes and a subheading's
     * quoted words that the curators left out, listed here.
     */
    @Test
    void findsEveryCuratedQuoteAndSaysWhichElseItTakes() {
        Map<String, List<String>> extra = Map.of(
                "000", List.of(),
                "001", List.of(),
                "002", List.of("security guarantees", "transparency mechanism"),
                "003", List.of("tripwires"),
                "004", List.of("formal", "We are prepared for the worst", "next steps"));
        for (SeedArticle seed : seeds) {
            ArticleDraft draft = drafts.get(seed.file());
            List<String> found = draft.quotes().stream().map(quote -> quote.span().in(draft.body())).toList();
            List<String> curated = seed.quotes().stream().map(SeedArticle.QuoteEntry::text).toList();
            assertThat(found).as(seed.file()).containsAll(curated);
            assertThat(found.stream().filter(text -> !curated.contains(text)).toList()).as(seed.file())
                    .isEqualTo(extra.get(seed.file().substring(0, 3)));
        }
    }

    /**
     * Speakers are read from the attribution around each quote. Where the curators worked the speaker
     * out from the wider context ("the Secretary of State", "the diplomat", a subject two clauses away),
     * the pipeline differs; those quotes are listed with what it found.
     */
    @Test
    void attributesQuotesToTheCuratedSpeakerWhereTheAttributionNamesThem() {
        Map<String, String> differing = new HashMap<>();
        int agreeing = 0;
        for (SeedArticle seed : seeds) {
            ArticleDraft draft = drafts.get(seed.file());
            for (SeedArticle.QuoteEntry curated : seed.quotes()) {
                FoundQuote found = draft.quotes().stream().filter(quote -> quote.span().in(draft.body()).equals(curated.text()))
                        .findFirst().orElseThrow();
                String speaker = found.speakerId() == null ? null : actorSlugs.get(found.speakerId());
                if (Objects.equals(speaker, curated.speaker())) {
                    agreeing++;
                } else {
                    differing.put(curated.text(), speaker);
                }
            }
        }
        assertThat(agreeing).as("quotes whose speaker differs from the curated one: %s", differing).isGreaterThanOrEqualTo(26);
        assertThat(speakerOf("000", "It is essential that the security guarantees")).isEqualTo("sergei-ryabkov");
        assertThat(speakerOf("002", "Given the significant, unprovoked")).isEqualTo("nato");
        assertThat(speakerOf("004", "sets out a serious diplomatic path")).isEqualTo("antony-blinken");
        assertThat(speakerOf("004", "it would be right to make that response public")).isEqualTo("sergei-lavrov");
        assertThat(speakerOf("004", "avoid a negative scenario")).isEqualTo("mykhailo-podoliak");
        assertThat(speakerOf("004", "Now they are encroaching")).as("he added, after Medvedev's quote").isEqualTo("dmitry-medvedev");
    }

    private String speakerOf(String prefix, String quoteStart) {
        ArticleDraft draft = draft(prefix);
        Long id = draft.quotes().stream().filter(quote -> quote.span().in(draft.body()).startsWith(quoteStart))
                .findFirst().orElseThrow().speakerId();
        return id == null ? null : actorSlugs.get(id);
    }

    private ArticleDraft draft(String prefix) {
        return drafts.get(seed(prefix).file());
    }

    private String title(String prefix) {
        return draft(prefix).title();
    }

    private SeedArticle seed(String prefix) {
        return seeds.stream().filter(seed -> seed.file().startsWith(prefix)).findFirst().orElseThrow();
    }

    private Capture capture(SeedArticle seed, String url) {
        ByteArrayResource sidecar = url == null ? null
                : new ByteArrayResource(("{\"url\":\"" + url + "\"}").getBytes(StandardCharsets.UTF_8));
        try (Stream<Reading> readings = reader.read(new ImportSource(seed.file(),
                new FileSystemResource(Path.of("db/seed", seed.file())), sidecar))) {
            return (Capture) readings.findFirst().orElseThrow();
        }
    }
}
