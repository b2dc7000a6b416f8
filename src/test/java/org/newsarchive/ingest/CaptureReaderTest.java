package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class CaptureReaderTest {

    final CaptureReader reader = new CaptureReader(JsonMapper.builder().build(), new ImportProperties(DataSize.ofKilobytes(4)));

    @Test
    void aRawCaptureIsKeptAsReceivedWithTheHashOfItsBytes() {
        byte[] bytes = " date 2022-01-27 NATO replied.\r\n".getBytes(StandardCharsets.UTF_8);
        Capture capture = (Capture) only(source("capture.txt", bytes));
        assertThat(capture.rawText()).isEqualTo(" date 2022-01-27 NATO replied.\r\n");
        assertThat(capture.contentHash()).hasSize(64);
        assertThat(capture.metadata()).isEqualTo(ArticleMetadata.NONE);
    }

    @Test
    void aSidecarGivesTheMetadataOfTheTextBesideIt() {
        ImportSource source = new ImportSource("story.txt", resource("NATO replied.".getBytes(StandardCharsets.UTF_8)),
                resource("{\"url\":\"https://example.org/a\",\"outlet\":\"Example\",\"date\":\"2022-01-27\",\"title\":\"T\"}"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(((Capture) only(source)).metadata())
                .isEqualTo(new ArticleMetadata("https://example.org/a", "Example", LocalDate.of(2022, 1, 27), "T"));
    }

    @Test
    void sidecarsArePairedWithTheirTextByName() {
        List<ImportSource> sources = ImportSources.pair(List.of(
                new ImportSources.NamedResource("a.txt", resource(new byte[] {'a'})),
                new ImportSources.NamedResource("a.json", resource(new byte[] {'{', '}'})),
                new ImportSources.NamedResource("b.json", resource(new byte[] {'{', '}'}))));
        assertThat(sources).extracting(ImportSource::name).containsExactly("a.txt", "b.json");
        assertThat(sources.get(0).sidecar()).isNotNull();
    }

    @Test
    void emptyBlankBinaryAndNonUtf8FilesAreRefusedWithTheReason() {
        assertThat(failure("empty.txt", new byte[0])).isEqualTo("The file is empty.");
        assertThat(failure("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("The file holds only white space.");
        assertThat(failure("photo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13})).isEqualTo("The file is binary, not text.");
        assertThat(failure("latin1.txt", "Le président a dit".getBytes(StandardCharsets.ISO_8859_1)))
                .startsWith("The file is not UTF-8 text");
    }

    @Test
    void aFileOverTheLimitIsRefusedAsTooLarge() {
        Unreadable unreadable = (Unreadable) only(source("big.txt", "word ".repeat(1000).getBytes(StandardCharsets.UTF_8)));
        assertThat(unreadable.tooLarge()).isTrue();
        assertThat(unreadable.reason()).isEqualTo("It is 4 KB; the largest accepted is 4 KB (news-archive.import.max-bytes).");
    }

    @Test
    void malformedJsonAndSidecarsAreRefusedWithWhereItWentWrong() {
        assertThat(failure("article.json", "{\"text\": \"unterminated".getBytes(StandardCharsets.UTF_8)))
                .startsWith("Not valid JSON for an article:");
        assertThat(failure("article.json", "{\"title\": \"no text\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("The article has no \"text\".");
        ImportSource withBadSidecar = new ImportSource("story.txt", resource("Text.".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayResource("{url:".getBytes(StandardCharsets.UTF_8), "story.json") {
                    @Override
                    public String getFilename() {
                        return "story.json";
                    }
                });
        assertThat(((Unreadable) only(withBadSidecar)).reason()).startsWith("Its sidecar story.json is not valid JSON metadata");
    }

    @Test
    void eachJsonLinesLineIsAnArticleAndABadLineDoesNotStopTheOthers() {
        String lines = """
                {"text": "First article.", "url": "https://example.org/1"}

                {"text": "Second
                {"text": "Third article.", "date": "2022-02-31"}
                {"text": "Fourth article."}
                """;
        List<Reading> readings;
        try (Stream<Reading> stream = reader.read(source("bulk.jsonl", lines.getBytes(StandardCharsets.UTF_8)))) {
            readings = stream.toList();
        }
        assertThat(readings).extracting(Reading::sourceName)
                .containsExactly("bulk.jsonl:1", "bulk.jsonl:3", "bulk.jsonl:4", "bulk.jsonl:5");
        assertThat(readings.get(0)).isInstanceOf(Capture.class);
        assertThat(((Unreadable) readings.get(1)).reason()).startsWith("Not valid JSON for an article:");
        assertThat(((Unreadable) readings.get(2)).reason())
                .isEqualTo("Not valid JSON for an article: its \"date\" is \"2022-02-31\", not a date written as YYYY-MM-DD.");
        assertThat(readings.get(3)).isInstanceOf(Capture.class);
    }

    @Test
    void aJsonLinesFileWithoutArticlesOrWithNonUtf8LinesSaysSo() {
        assertThat(failure("empty.jsonl", "\n\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("The file holds no articles.");
        byte[] latin1 = "{\"text\": \"président\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(failure("latin1.jsonl", latin1)).isEqualTo("This line is not UTF-8 text; it and the lines after it were not read.");
    }

    @Test
    void anHtmlPageGivesItsArticleTextAndHeadMetadataWithoutFurniture() {
        String html = """
                <html><head><title>Site | Page</title>
                <meta property="og:title" content="NATO replies to Russia">
                <meta property="og:site_name" content="Example News">
                <link rel="canonical" href="https://example.org/2022/01/27/nato-replies">
                <meta property="article:published_time" content="2022-01-27T10:00:00Z"></head>
                <body><nav><a href="/">Home</a></nav><a href="#main">Skip to content</a>
                <article><h1>NATO replies to Russia</h1><p>NATO sent its written reply on Wednesday.</p>
                <div class="share-buttons"><p>Share on Twitter</p></div>
                <p>Moscow said it would study it.</p></article>
                <aside><p>Related: other stories</p></aside><footer><p>All rights reserved</p></footer></body></html>
                """;
        Capture capture = (Capture) only(source("page.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(capture.text()).isEqualTo("NATO replies to Russia\nNATO sent its written reply on Wednesday.\nMoscow said it would study it.");
        assertThat(capture.metadata()).isEqualTo(new ArticleMetadata("https://example.org/2022/01/27/nato-replies",
                "Example News", LocalDate.of(2022, 1, 27), "NATO replies to Russia"));
        assertThat(capture.rawText()).isEqualTo(html);
    }

    @Test
    void aSidecarWinsOverTheManifestRowAndTheRowOverThePagesOwnHead() {
        String html = """
                <html><head><meta property="og:title" content="The page's title">
                <meta property="og:site_name" content="Page News">
                <link rel="canonical" href="https://page.example/canonical">
                <meta property="article:published_time" content="2022-01-27T10:00:00Z"></head>
                <body><article><p>NATO sent its written reply on Wednesday.</p></article></body></html>
                """;
        ArticleMetadata row = new ArticleMetadata("https://row.example/a", "Row News", null, "The row's title");
        ImportSource withRow = source("page.html", html.getBytes(StandardCharsets.UTF_8)).given(row);
        assertThat(((Capture) only(withRow)).metadata()).isEqualTo(new ArticleMetadata("https://row.example/a", "Row News",
                LocalDate.of(2022, 1, 27), "The row's title"));
        ImportSource withSidecarToo = new ImportSource("page.html", resource(html.getBytes(StandardCharsets.UTF_8)),
                resource("{\"outlet\": \"Sidecar News\"}".getBytes(StandardCharsets.UTF_8)), row, null);
        assertThat(((Capture) only(withSidecarToo)).metadata().outlet()).isEqualTo("Sidecar News");
        assertThat(((Capture) only(withSidecarToo)).metadata().url()).isEqualTo("https://row.example/a");
    }

    @Test
    void aManifestRowFillsWhatAJsonArticleLeavesOpen() {
        ImportSource article = source("a.json", "{\"text\": \"NATO replied.\", \"title\": \"Own title\"}"
                .getBytes(StandardCharsets.UTF_8)).given(new ArticleMetadata("https://row.example/a", null, null, "Row title"));
        assertThat(((Capture) only(article)).metadata()).isEqualTo(new ArticleMetadata("https://row.example/a", null, null, "Own title"));
    }

    @Test
    void aSourceTheManifestRefusedIsUnreadableWithTheReason() {
        assertThat(((Unreadable) only(ImportSource.refused("m.csv:3", "The row has no url."))).reason())
                .isEqualTo("The row has no url.");
    }

    private Reading only(ImportSource source) {
        try (Stream<Reading> readings = reader.read(source)) {
            List<Reading> all = readings.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    private String failure(String name, byte[] bytes) {
        Reading reading = only(source(name, bytes));
        assertThat(reading).isInstanceOf(Unreadable.class);
        return ((Unreadable) reading).reason();
    }

    private static ImportSource source(String name, byte[] bytes) {
        return ImportSource.of(name, resource(bytes));
    }

    private static ByteArrayResource resource(byte[] bytes) {
        return new ByteArrayResource(bytes);
    }
}
