package org.newsarchive.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Month;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words dates are written with — month and day names, and the labels that say what a date is —
 * read from {@value #RESOURCE}, so that another language is a line there rather than a change here.
 */
final class DatePhrases {

    static final String RESOURCE = "ingest/date-phrases.properties";

    /** The phrases shipped with the archive. */
    static final DatePhrases STANDARD = load();

    private final Map<String, Month> months;
    private final Map<String, DayOfWeek> weekdays;
    private final List<String> publishedLabels;
    private final List<String> updatedLabels;
    private final List<String> labelConnectors;

    private DatePhrases(Map<String, Month> months, Map<String, DayOfWeek> weekdays, List<String> publishedLabels,
            List<String> updatedLabels, List<String> labelConnectors) {
        this.months = months;
        this.weekdays = weekdays;
        this.publishedLabels = publishedLabels;
        this.updatedLabels = updatedLabels;
        this.labelConnectors = labelConnectors;
    }

    private static DatePhrases load() {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(DatePhrases.class.getClassLoader().getResourceAsStream(RESOURCE),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        Map<String, Month> months = new HashMap<>();
        for (Month month : Month.values()) {
            names(properties, "month." + month.getValue()).forEach(name -> months.put(name, month));
        }
        Map<String, DayOfWeek> weekdays = new HashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names(properties, "weekday." + day.getValue()).forEach(name -> weekdays.put(name, day));
        }
        return new DatePhrases(months, weekdays, names(properties, "label.published"), names(properties, "label.updated"),
                names(properties, "label.connectors"));
    }

    private static List<String> names(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + " has no " + key);
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(name -> name.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    /** A regular expression matching any month name, longest first so that "janvier" is not read as "jan". */
    String monthNames() {
        return alternatives(months.keySet());
    }

    String weekdayNames() {
        return alternatives(weekdays.keySet());
    }

    String publishedLabels() {
        return alternatives(publishedLabels);
    }

    String updatedLabels() {
        return alternatives(updatedLabels);
    }

    String labelConnectors() {
        return alternatives(labelConnectors);
    }

    Month month(String name) {
        return months.get(name.toLowerCase(Locale.ROOT));
    }

    DayOfWeek weekday(String name) {
        return weekdays.get(name.toLowerCase(Locale.ROOT));
    }

    private static String alternatives(Collection<String> names) {
        return names.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(name -> name))
                .map(name -> Pattern.quote(name).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }
}
