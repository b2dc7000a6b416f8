package org.newsarchive.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of a manifest: the file it names, relative to the folder (null when it names none usable), and
 * the metadata it gives for it; and when the row cannot be trusted, every reason why, so that one round
 * of fixes is enough.
 */
record ManifestRow(String source, String file, ArticleMetadata metadata, List<String> problems) {

    static ManifestRow of(String source, Map<String, String> fields) {
        List<String> problems = new ArrayList<>();
        String file = relativePath(fields.getOrDefault("file", ""), problems);
        String url = fields.getOrDefault("url", "");
        if (url.isEmpty()) {
            problems.add("The row has no url.");
        } else if (!isWebAddress(url)) {
            problems.add("The url " + url + " is not a web address: it must be a whole http or https address with a host.");
        }
        LocalDate date = date(fields.getOrDefault("published", ""), problems);
        String outlet = fields.getOrDefault("outlet", "");
        String title = fields.getOrDefault("title", "");
        checkLength("url", url, ArticleMetadata.MAX_URL_LENGTH, problems);
        checkLength("outlet", outlet, ArticleMetadata.MAX_OUTLET_LENGTH, problems);
        checkLength("title", title, ArticleMetadata.MAX_TITLE_LENGTH, problems);
        return new ManifestRow(source, file, new ArticleMetadata(url, outlet, date, title), List.copyOf(problems));
    }

    /** The file's path with forward slashes and without "." steps; a path that could leave the folder is a problem. */
    private static String relativePath(String file, List<String> problems) {
        if (file.isEmpty()) {
            problems.add("The row names no file.");
            return null;
        }
        String path = file.replace('\\', '/');
        if (path.startsWith("/") || path.matches("(?s)[A-Za-z]:.*")) {
            problems.add("The file " + file + " is an absolute path: name it relative to the folder.");
            return null;
        }
        List<String> steps = new ArrayList<>();
        for (String step : path.split("/")) {
            if (step.equals("..")) {
                problems.add("The file " + file + " leads out of the folder with \"..\": name it within the folder.");
                return null;
            }
            if (!step.isEmpty() && !step.equals(".")) {
                steps.add(step);
            }
        }
        return String.join("/", steps);
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** An ISO date, or the date part of an ISO date-time as written, whatever its offset. */
    private static LocalDate date(String published, List<String> problems) {
        if (published.isEmpty()) {
            return null;
        }
        try {
            return published.length() == 10 ? LocalDate.parse(published)
                    : DateTimeFormatter.ISO_DATE_TIME.parse(published, LocalDate::from);
        } catch (DateTimeParseException e) {
            problems.add("The published date " + published + " is not a date: write it as YYYY-MM-DD"
                    + " (or as an ISO date-time such as 2022-01-26T14:30:00+01:00).");
            return null;
        }
    }

    private static void checkLength(String column, String value, int max, List<String> problems) {
        if (value.length() > max) {
            problems.add("The " + column + " is longer than " + max + " characters.");
        }
    }
}
