package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;

class ManifestReaderTest {

    final ManifestReader reader = new ManifestReader(new ImportProperties(DataSize.ofKilobytes(4)));

    @Test
    void eachRowGivesItsFileAndMetadataUnderTheLineItStartsOn() {
        Manifest manifest = read("""
                file,url,outlet,published,title
                001.txt,https://example.org/2022/01/26/reply,Example News,2022-01-26,NATO replies

                sub/002.html,http://news.example/b,,,
                """);
        assertThat(manifest.rows()).extracting(ManifestRow::source).containsExactly("m.csv:2", "m.csv:4");
        assertThat(manifest.rows().get(0).metadata()).isEqualTo(new ArticleMetadata("https://example.org/2022/01/26/reply",
                "Example News", LocalDate.of(2022, 1, 26), "NATO replies"));
        assertThat(manifest.rows().get(1).file()).isEqualTo("sub/002.html");
        assertThat(manifest.rows().get(1).metadata()).isEqualTo(new ArticleMetadata("http://news.example/b", null, null, null));
        assertThat(manifest.rows()).allSatisfy(row -> assertThat(row.problems()).isEmpty());
    }

    @Test
    void columnsAreFoundInAnyCaseAndOrderAndOtherColumnsAreIgnored() {
        ManifestRow row = only(read("Crawled At,URL , Title,FILE\r\n2022-02-01,https://example.org/a,The title,a.txt\r\n"));
        assertThat(row.file()).isEqualTo("a.txt");
        assertThat(row.metadata()).isEqualTo(new ArticleMetadata("https://example.org/a", null, null, "The title"));
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsAllowed() {
        assertThat(only(read("\uFEFFfile,url\na.txt,https://example.org/a\n")).file()).isEqualTo("a.txt");
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        Manifest manifest = read("""
                file,url,title
                a.txt,https://example.org/a,"Moscow says ""no"", again"
                b.txt,"https://example.org/b?x=1,2","A title
                over two lines"
                c.txt,https://example.org/c,
                """);
        assertThat(manifest.rows().get(0).metadata().title()).isEqualTo("Moscow says \"no\", again");
        assertThat(manifest.rows().get(1).metadata().url()).isEqualTo("https://example.org/b?x=1,2");
        assertThat(manifest.rows().get(1).metadata().title()).isEqualTo("A title\nover two lines");
        assertThat(manifest.rows().get(2).source()).isEqualTo("m.csv:5");
    }

    @Test
    void pathsAreKeptWithinTheFolder() {
        Manifest manifest = read("""
                file,url
                ./sub//a.txt,https://example.org/a
                sub\\b.txt,https://example.org/b
                ../secret.txt,https://example.org/c
                sub/../../d.txt,https://example.org/d
                /etc/passwd,https://example.org/e
                C:\\crawl\\f.txt,https://example.org/f
                ,https://example.org/g
                """);
        assertThat(manifest.rows()).extracting(ManifestRow::file).containsExactly("sub/a.txt", "sub/b.txt", null, null, null, null, null);
        assertThat(problem(manifest, 2)).isEqualTo("The file ../secret.txt leads out of the folder with \"..\": name it within the folder.");
        assertThat(problem(manifest, 3)).contains("leads out of the folder");
        assertThat(problem(manifest, 4)).isEqualTo("The file /etc/passwd is an absolute path: name it relative to the folder.");
        assertThat(problem(manifest, 5)).contains("is an absolute path");
        assertThat(problem(manifest, 6)).isEqualTo("The row names no file.");
    }

    @Test
    void onlyWholeHttpAddressesWithAHostAreUrls() {
        Manifest manifest = read("""
                file,url
                a.txt,HTTPS://Example.org/a
                b.txt,ftp://example.org/b
                c.txt,/2022/01/26/reply
                d.txt,https:///no-host
                e.txt,not a web address
                f.txt,
                """);
        assertThat(manifest.rows().get(0).problems()).isEmpty();
        assertThat(problem(manifest, 1)).isEqualTo(
                "The url ftp://example.org/b is not a web address: it must be a whole http or https address with a host.");
        assertThat(problem(manifest, 2)).startsWith("The url /2022/01/26/reply is not a web address");
        assertThat(problem(manifest, 3)).startsWith("The url https:///no-host is not a web address");
        assertThat(problem(manifest, 4)).startsWith("The url not a web address is not a web address");
        assertThat(problem(manifest, 5)).isEqualTo("The row has no url.");
    }

    @Test
    void publishedIsAnIsoDateOrTheDateOfAnIsoDateTime() {
        Manifest manifest = read("""
                file,url,published
                a.txt,https://example.org/a,2022-01-26
                b.txt,https://example.org/b,2022-01-26T23:30:00-05:00
                c.txt,https://example.org/c,2022-01-26T10:00:00Z
                d.txt,https://example.org/d,2022-01-26T10:00
                e.txt,https://example.org/e,26/01/2022
                f.txt,https://example.org/f,2022-02-30
                """);
        assertThat(manifest.rows().subList(0, 4)).extracting(row -> row.metadata().date())
                .containsOnly(LocalDate.of(2022, 1, 26));
        assertThat(problem(manifest, 4)).startsWith("The published date 26/01/2022 is not a date: write it as YYYY-MM-DD");
        assertThat(problem(manifest, 5)).startsWith("The published date 2022-02-30 is not a date");
    }

    @Test
    void everyProblemOfARowIsToldAtOnce() {
        ManifestRow row = only(read("file,url,published,title\n../a.txt,nowhere,yesterday," + "t".repeat(501) + "\n"));
        assertThat(row.problems()).hasSize(4).last().isEqualTo("The title is longer than 500 characters.");
    }

    @Test
    void aManifestWithoutTheHeaderOrItsColumnsIsRefusedAsAWhole() {
        assertRefused("001.txt,https://example.org/a\n", "The manifest m.csv cannot be used: Its first line must be a header row"
                + " naming the columns file and url (and optionally outlet, published, title), separated by commas;"
                + " it has no file or url column, but reads: 001.txt,https://example.org/a");
        assertRefused("file;url\na.txt;https://example.org/a\n", "it has no file or url column, but reads: file;url");
        assertRefused("file,title\na.txt,A\n", "it has no url column");
        assertRefused("file,url,URL\na.txt,https://example.org/a,https://example.org/b\n", "Its header row names the column url twice.");
        assertRefused("file,url\n", "It names no files");
        assertRefused("file,url\na.txt,\"https://example.org/a\"x\n", "It is not valid CSV:");
    }

    @Test
    void aManifestThatIsNotUtf8TextOrTooLargeIsRefusedAsAWhole() {
        assertRefused("", "The manifest m.csv cannot be used: The file is empty.");
        assertRefused(new byte[] {'f', 0, 'u'}, "The file is binary, not text.");
        assertRefused("file,url,title\na.txt,https://example.org/a,Président\n".getBytes(StandardCharsets.ISO_8859_1),
                "The file is not UTF-8 text");
        assertRefused("file,url\n" + "a.txt,https://example.org/a\n".repeat(200), "the largest accepted is 4 KB");
    }

    private Manifest read(String csv) {
        return reader.read("m.csv", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static ManifestRow only(Manifest manifest) {
        assertThat(manifest.rows()).hasSize(1);
        return manifest.rows().get(0);
    }

    private static String problem(Manifest manifest, int row) {
        assertThat(manifest.rows().get(row).problems()).hasSize(1);
        return manifest.rows().get(row).problems().get(0);
    }

    private void assertRefused(String csv, String message) {
        assertRefused(csv.getBytes(StandardCharsets.UTF_8), message);
    }

    private void assertRefused(byte[] csv, String message) {
        assertThatThrownBy(() -> reader.read("m.csv", new ByteArrayResource(csv)))
                .isInstanceOf(InvalidManifestException.class).hasMessageContaining(message);
    }
}
