package org.newsarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ImportArgumentsTest {

    @Test
    void pathsAreTheWordsAfterImportAndSpringOptionsAreLeftAlone() {
        assertThat(ImportArguments.parse("--server.port=0", "import", "a", "--spring.main.banner-mode=off", "b"))
                .contains(new ImportArguments(List.of(Path.of("a"), Path.of("b")), null));
        assertThat(ImportArguments.parse("--server.port=0")).isEmpty();
        assertThat(ImportArguments.parse("reindex")).isEmpty();
    }

    @Test
    void theManifestIsGivenWithOrWithoutAnEqualsSign() {
        ImportArguments expected = new ImportArguments(List.of(Path.of("crawl")), Path.of("m.csv"));
        assertThat(ImportArguments.parse("import", "--manifest", "m.csv", "crawl")).contains(expected);
        assertThat(ImportArguments.parse("import", "--manifest=m.csv", "crawl")).contains(expected);
        assertThat(ImportArguments.parse("import", "crawl", "--manifest", "m.csv")).contains(expected);
    }

    @Test
    void misuseIsToldWhatIsWrong() {
        assertMisuse("Name what to import.", "import");
        assertMisuse("--manifest needs the manifest's file.", "import", "crawl", "--manifest");
        assertMisuse("--manifest needs the manifest's file.", "import", "--manifest=", "crawl");
        assertMisuse("Give one --manifest.", "import", "--manifest", "a.csv", "--manifest=b.csv", "crawl");
        assertMisuse("Name what to import.", "import", "--manifest", "m.csv");
        assertMisuse("A manifest goes with one directory.", "import", "--manifest", "m.csv", "one", "two");
    }

    private static void assertMisuse(String message, String... args) {
        assertThatThrownBy(() -> ImportArguments.parse(args)).isInstanceOf(ImportArguments.Misuse.class).hasMessage(message);
    }
}
