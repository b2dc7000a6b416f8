package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;

class ManifestTest {

    final ManifestReader reader = new ManifestReader(new ImportProperties(DataSize.ofKilobytes(64)));

    final Manifest manifest = reader.read("m.csv", new ByteArrayResource("""
            file,url,title
            a.txt,https://example.org/a,A
            sub/b.txt,https://example.org/b,B
            missing.txt,https://example.org/m,M
            bad.txt,nowhere,X
            a.txt,https://example.org/a-again,A again
            """.getBytes(StandardCharsets.UTF_8)));

    @Test
    void filesInAFolderAreMatchedByTheirPathAndEveryRowAndFileGetsOneOutcome() {
        List<ImportSource> sources = manifest.sourcesIn(Path.of("crawl"), files("crawl/a.txt", "crawl/sub/b.txt",
                "crawl/bad.txt", "crawl/b.txt"));
        assertThat(sources).extracting(ImportSource::name).containsExactly("crawl/a.txt", "crawl/sub/b.txt", "m.csv:4",
                "m.csv:5", "m.csv:6", "crawl/b.txt");
        assertThat(sources.get(0).given()).isEqualTo(new ArticleMetadata("https://example.org/a", null, null, "A"));
        assertThat(sources.get(1).given().title()).isEqualTo("B");
        assertThat(sources.subList(0, 2)).allSatisfy(source -> assertThat(source.refusal()).isNull());
        assertThat(sources.get(2).refusal()).isEqualTo("There is no file missing.txt in crawl.");
        assertThat(sources.get(3).refusal()).startsWith("The url nowhere is not a web address");
        assertThat(sources.get(4).refusal()).isEqualTo("m.csv:2 already names a.txt; this row was left out.");
        assertThat(sources.get(5).refusal()).isEqualTo("No row of the manifest m.csv names this file, so it was not imported.");
    }

    @Test
    void uploadedFilesAreMatchedByTheirFileName() {
        List<ImportSource> sources = manifest.sourcesAmong(files("a.txt", "b.txt"));
        assertThat(sources).extracting(ImportSource::name).containsExactly("a.txt", "b.txt", "m.csv:4", "m.csv:5", "m.csv:6");
        assertThat(sources.get(1).given().url()).isEqualTo("https://example.org/b");
        assertThat(sources.get(2).refusal()).isEqualTo("There is no file missing.txt among the uploaded files.");
    }

    private static List<ImportSource> files(String... names) {
        return List.of(names).stream().map(name -> ImportSource.of(name, new ByteArrayResource(new byte[] {'x'}))).toList();
    }
}
