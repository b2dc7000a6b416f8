package org.newsarchive.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsarchive.ingest.ImportCommand;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real-world development set beside the project ({@code ../shared/realworld}, or the directory the
 * system property {@code realworld.dir} names): raw captures, the manifest of their URLs, a careful
 * reader's answers and judged searches. Missing, it fails the test rather than skipping it.
 */
public final class RealWorldSet {

    /** What a careful reader finds in one capture; {@code date} is empty, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public record Answer(String file, String host, String date, String title, List<String> names) {
    }

    /** A search a researcher would type and the captures that answer it. */
    public record JudgedQuery(String query, List<String> relevant) {
    }

    private RealWorldSet() {
    }

    public static Path directory() {
        Path directory = Path.of(System.getProperty("realworld.dir", "../shared/realworld"));
        if (!Files.isDirectory(directory.resolve("articles"))) {
            throw new IllegalStateException("The real-world development set is not at " + directory.toAbsolutePath()
                    + ": set -Drealworld.dir to the folder holding articles/, manifest.csv and answers.tsv.");
        }
        return directory;
    }

    public static Path articles() {
        return directory().resolve("articles");
    }

    public static Path manifest() {
        return directory().resolve("manifest.csv");
    }

    /** The manifest's URL of each capture, by file name. */
    public static Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(manifest(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                urls.put(row.get("file"), row.get("url"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return urls;
    }

    public static List<Answer> answers() {
        return rows("answers.tsv").stream().map(columns -> new Answer(columns[0], columns[1], columns[2], columns[3],
                names(columns.length > 4 ? columns[4] : ""))).toList();
    }

    public static List<JudgedQuery> queries() {
        return rows("queries.tsv").stream().map(columns -> new JudgedQuery(columns[0], names(columns[1]))).toList();
    }

    /**
     * Imports the set with its manifest, as a user would, unless the context's database already holds it: the
     * classes that share the real-world database each call this first, some of them at the same time.
     */
    public static synchronized void importOnce(ImportCommand command, JdbcTemplate jdbc) {
        if (jdbc.queryForObject("select count(*) from article where source_name like ?", Integer.class, articles() + "/%") == 0) {
            command.run(new DefaultApplicationArguments("import", "--manifest", manifest().toString(), articles().toString()));
            assertThat(command.getExitCode()).as("every capture imported").isZero();
        }
    }

    public static String capture(String file) {
        try {
            return Files.readString(articles().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> rows(String file) {
        try {
            return Files.readAllLines(directory().resolve(file), StandardCharsets.UTF_8).stream().skip(1)
                    .filter(line -> !line.isBlank()).map(line -> line.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
