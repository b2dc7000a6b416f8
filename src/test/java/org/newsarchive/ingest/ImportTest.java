package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsarchive.support.ArticleBuilder.anArticle;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsarchive.support.ArticleBuilder;
import org.newsarchive.support.ImportingArchiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ImportingArchiveTest
@ExtendWith(OutputCaptureExtension.class)
class ImportTest {

    static final String WIRE_TEXT = """
            Quokka researchers on Rottnest Island counted 12,400 animals in the spring survey, the island authority said on Tuesday.
            The count is the highest since the survey began, and rangers credit a wet winter that left more green shoots on the dunes.
            "We have never seen so many joeys in the pouch at this time of year," said the chief ranger, Mara Ellingsen.
            Visitors are asked not to feed the animals, whose teeth and stomachs suffer from bread and crisps.
            The authority will repeat the survey in the autumn and publish a full report on the colony's health next year.
            """;

    @Autowired
    Importer importer;

    @Autowired
    ImportCommand command;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void importsAnArticleIntoTheDatabaseAndTheIndex() throws Exception {
        ImportReport report = importText("tarsier.txt", """
                 date 2023-03-14 Tarsier sightings rise on Bohol
                Tarsier sightings rose sharply on Bohol this spring, conservationists said.
                The small primates are active at night and shy of visitors.
                """, "{\"url\": \"https://www.tarsier-watch.example/news/tarsier-sightings\"}");
        assertThat(report.imported()).isEqualTo(1);
        long id = report.outcomes().get(0).articleId();
        assertThat(jdbc.queryForMap("select a.title, a.published_on::text as day, a.date_basis, a.language, o.domain from article a"
                + " join outlet o on o.id = a.outlet_id where a.id = ?", id))
                .containsEntry("title", "Tarsier sightings rise on Bohol").containsEntry("day", "2023-03-14")
                .containsEntry("date_basis", "HEADER_LINE").containsEntry("language", "en")
                .containsEntry("domain", "tarsier-watch.example");
        mvc.perform(get("/api/search").param("q", "tarsier")).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].id").value(id));
    }

    @Test
    void theSameTextTwiceIsSkippedAsADuplicate() {
        ImportReport first = importText("pangolin.txt", "Pangolin patrols were doubled in the reserve this week.", null);
        ImportReport second = importText("pangolin-again.txt", "Pangolin patrols were doubled in the reserve this week.", null);
        assertThat(second.duplicates()).isEqualTo(1);
        assertThat(second.outcomes().get(0).articleId()).isEqualTo(first.outcomes().get(0).articleId());
        assertThat(jdbc.queryForObject("select count(*) from article where body like 'Pangolin patrols%'", Long.class)).isEqualTo(1);
    }

    @Test
    void theSeedFilesImportedAgainAreDuplicates() throws Exception {
        ImportReport report = importer.importAll(ImportSources.fromPaths(List.of(Path.of("db/seed"))), outcomes -> { });
        assertThat(report.duplicates()).isEqualTo(5);
        assertThat(report.imported()).isZero();
        // articles.json is read as an article of its own, and is not one.
        assertThat(report.failed()).isEqualTo(1);
    }

    @Test
    void theSameWireStoryOnAnotherSiteIsImportedAndLinkedAsARepublication() {
        ImportReport wire = importText("wire.txt", WIRE_TEXT, "{\"url\": \"https://wire.example/2023/05/10/quokka-count\"}");
        ImportReport copy = importText("copy.txt", WIRE_TEXT.replace("on Tuesday", "on Tuesday, 9 May")
                        .replace("Visitors are asked", "Tourists are asked"),
                "{\"url\": \"https://copies.example/2023/05/10/quokkas\"}");
        assertThat(copy.imported()).isEqualTo(1);
        Long original = jdbc.queryForObject("select republication_of from story_article where article_id = ?", Long.class,
                copy.outcomes().get(0).articleId());
        assertThat(original).isEqualTo(wire.outcomes().get(0).articleId());
    }

    @Test
    void anArticleThatFailsLeavesNothingBehindAndTheOthersGoOn() {
        String lines = "{\"text\": \"Okapi calves were born at the reserve.\", \"outlet\": \"Okapi Gazette\"}\n"
                + "{\"text\": \"A half-written okapi story.\", \"outlet\": \"Half Written Gazette\", \"title\": \"" + "x".repeat(600) + "\"}\n"
                + "{\"text\": \"Okapi numbers are stable.\", \"url\": \"not a web address\"}\n"
                // The outlet the failed article created went with it: this one creates it again.
                + "{\"text\": \"The gazette finished its okapi report.\", \"outlet\": \"Half Written Gazette\"}\n";
        ImportReport report = importer.importAll(List.of(ImportSource.of("okapi.jsonl",
                new ByteArrayResource(lines.getBytes(StandardCharsets.UTF_8)))), outcomes -> { });
        assertThat(report.outcomes()).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.IMPORTED,
                ImportOutcome.Status.FAILED, ImportOutcome.Status.FAILED, ImportOutcome.Status.IMPORTED);
        assertThat(report.outcomes().get(1).detail()).startsWith("It could not be stored:").contains("too long");
        assertThat(report.outcomes().get(2).detail()).isEqualTo("The \"url\" not a web address is not a web address.");
        assertThat(jdbc.queryForObject("select count(*) from outlet where name = 'Half Written Gazette'", Long.class)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from outlet where name = 'Okapi Gazette'", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from article where body like '%okapi story%'", Long.class)).isZero();
    }

    @Test
    void theCommandImportsADirectoryWithASummaryAndCanBeRunAgain(@TempDir Path dir, CapturedOutput output) throws Exception {
        Files.writeString(dir.resolve("ibis.txt"), "Ibis colonies returned to the delta after the floods, wardens said.");
        Files.writeString(dir.resolve("ibis.json"), "{\"outlet\": \"Delta Wardens\", \"date\": \"2023-06-01\"}");
        Files.writeString(dir.resolve("heron.html"), "<html><body><article><h1>Herons nest early</h1>"
                + "<p>Grey herons began nesting three weeks early this year.</p></article></body></html>");
        Files.writeString(dir.resolve("egrets.jsonl"), "{\"text\": \"Egrets were counted along the river.\"}\n{\"text\": \n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);

        command.run(new DefaultApplicationArguments("import", dir.toString()));
        assertThat(output.getOut()).contains("Imported 3, duplicates 0, failed 2")
                .contains("failed " + dir.resolve("empty.txt") + ": The file is empty.")
                .contains("failed " + dir.resolve("egrets.jsonl") + ":2: Not valid JSON for an article");
        assertThat(command.getExitCode()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select o.name from article a join outlet o on o.id = a.outlet_id"
                + " where a.title like 'Ibis colonies%'", String.class)).isEqualTo("Delta Wardens");

        command.run(new DefaultApplicationArguments("import", dir.toString()));
        assertThat(output.getOut()).contains("Imported 0, duplicates 3, failed 2");
    }

    @Test
    void theCommandRefusesMissingPathsAndIgnoresOtherArguments(CapturedOutput output) throws Exception {
        command.run(new DefaultApplicationArguments("import", "/no/such/directory"));
        assertThat(output.getOut()).contains("No such file or directory: [/no/such/directory]");
        assertThat(command.getExitCode()).isEqualTo(2);
        command.run(new DefaultApplicationArguments("--server.port=0"));
        assertThat(output.getOut()).doesNotContain("Imported");
    }

    @Test
    void aNewSiteBecomesAnOutletOfItsHostNamedAsItsPageNamesIt() {
        ImportReport report = importer.importAll(List.of(ImportSource.of("heron.html", new ByteArrayResource("""
                <html><head><meta property="og:site_name" content="Wader Weekly"><title>Herons return early | Wader Weekly</title>
                <link rel="canonical" href="https://www.waderweekly.example./2023/04/02/herons-return-early"></head>
                <body><article><h1>Herons return early</h1><p>Grey herons returned to the estuary two weeks early this spring.</p>
                </article></body></html>""".getBytes(StandardCharsets.UTF_8)))), outcomes -> { });
        long id = report.outcomes().get(0).articleId();
        assertThat(jdbc.queryForMap("select a.title, o.name, o.domain, a.outlet_evidence from article a"
                + " join outlet o on o.id = a.outlet_id where a.id = ?", id))
                .containsEntry("title", "Herons return early").containsEntry("name", "Wader Weekly")
                .containsEntry("domain", "waderweekly.example").containsEntry("outlet_evidence", "The site of the URL, waderweekly.example.");
    }

    @Test
    void namesTheOutletFromTheWireDatelineWhenNothingElseDoesAndSaysSo() {
        ImportReport report = importText("ntb-ferry.txt", """
                OSLO, March 3. /NTB-Wire/. The ferry strike that kept islanders from the mainland for eleven days ended on Friday.
                The union and the owners agreed on a new roster, the mediator said.
                """, null);
        long id = report.outcomes().get(0).articleId();
        assertThat(jdbc.queryForMap("select o.name, o.kind, a.outlet_evidence, a.title_evidence from article a"
                + " join outlet o on o.id = a.outlet_id where a.id = ?", id))
                .containsEntry("name", "NTB-Wire").containsEntry("kind", "NEWS_AGENCY")
                .containsEntry("outlet_evidence", "Named by the wire dateline “OSLO, March 3. /NTB-Wire/”.")
                .containsEntry("title_evidence", "No headline on the page: its opening sentence.");
    }

    /** Two imports at once, each of an article from the same new outlet: one creates it, the other finds it. */
    @Test
    void concurrentImportsThatCreateTheSameOutletBothStoreTheirArticles() throws Exception {
        for (int round = 0; round < 16; round++) {
            String outlet = "Concurrent Courier " + round;
            importAtOnce(round, anArticle("Wombats crossed the road near the ranger station in round " + round + ".")
                    .titled("Wombats cross, round " + round).from(outlet), anArticle("Echidnas crossed the road near the ranger "
                    + "station in round " + round + ".").titled("Echidnas cross, round " + round).from(outlet));
            assertThat(jdbc.queryForObject("select count(*) from outlet where name = ?", Long.class, outlet)).isEqualTo(1);
        }
    }

    /** Two imports at once, from two outlets, each of an article naming the same new person: both tag one actor. */
    @Test
    void concurrentImportsThatCreateTheSameActorBothStoreTheirArticles() throws Exception {
        // A person's surname alone names them in later articles, so each round's is new.
        List<String> people = List.of("Orla Quennell", "Ines Haverick", "Tomas Lindqvist", "Petra Marchetti", "Bruno Okafor",
                "Maren Brannigan", "Luka Szabados", "Elise Delacroix", "Rui Ferreira", "Aiko Nakamura", "Jonas Ostrowski",
                "Carmen Valdivia", "Pim Achterberg", "Zofia Kowalczyk", "Sten Rasmussen", "Niamh Tiernan");
        for (int round = 0; round < people.size(); round++) {
            String person = people.get(round);
            importAtOnce(round, anArticle("Quolls returned to the valley, park spokeswoman " + person + " said.")
                    .titled("Quolls return, round " + round).from("Quoll Gazette"), anArticle("Bilbies were counted in the "
                    + "reserve, park spokeswoman " + person + " said.").titled("Bilbies counted, round " + round).from("Bilby Times"));
            assertThat(jdbc.queryForObject("""
                    select count(distinct m.article_id) from actor_mention m join actor a on a.id = m.actor_id
                    where a.name = ? and (select count(*) from actor where name = ?) = 1""", Long.class, person, person))
                    .as("round %d: both articles tag the one actor %s", round, person).isEqualTo(2);
        }
    }

    /** Imports the articles on threads of their own, started together so that they race, and checks that each is stored. */
    private void importAtOnce(int round, ArticleBuilder... articles) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(articles.length);
        try {
            CyclicBarrier start = new CyclicBarrier(articles.length);
            List<Future<ImportReport>> reports = new ArrayList<>();
            for (ArticleBuilder article : articles) {
                reports.add(threads.submit(() -> {
                    start.await();
                    return article.on("2022-01-10").importWith(importer);
                }));
            }
            for (Future<ImportReport> report : reports) {
                assertThat(report.get().imported()).as("round %d: %s", round, report.get().outcomes()).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private ImportReport importText(String name, String text, String sidecar) {
        return importer.importAll(List.of(new ImportSource(name, new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)),
                sidecar == null ? null : new ByteArrayResource(sidecar.getBytes(StandardCharsets.UTF_8)))), outcomes -> { });
    }
}
