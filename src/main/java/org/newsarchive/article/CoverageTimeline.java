package org.newsarchive.article;

import static java.util.Comparator.comparingLong;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingLong;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Articles per day (or per month, for spans too long to show by day) as a stacked bar chart, with
 * its geometry worked out for an SVG of {@link #WIDTH} by {@link #HEIGHT} units. The outlets with
 * most articles get a colour each; the rest share one.
 */
public record CoverageTimeline(Granularity granularity, List<Bar> bars, List<Series> legend, long maxArticles) {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 160;
    static final int LONGEST_DAILY_SPAN = 120;
    static final int COLOURED_OUTLETS = 8;
    static final int MAX_LABELS = 8;

    public enum Granularity {
        DAY(ChronoUnit.DAYS, "d MMM", "d MMM yyyy", "yyyy-MM-dd"),
        MONTH(ChronoUnit.MONTHS, "MMM yyyy", "MMMM yyyy", "yyyy-MM");

        private final ChronoUnit unit;
        private final DateTimeFormatter tick;
        private final DateTimeFormatter label;
        private final DateTimeFormatter path;

        Granularity(ChronoUnit unit, String tick, String label, String path) {
            this.unit = unit;
            this.tick = DateTimeFormatter.ofPattern(tick, Locale.ENGLISH);
            this.label = DateTimeFormatter.ofPattern(label, Locale.ENGLISH);
            this.path = DateTimeFormatter.ofPattern(path, Locale.ENGLISH);
        }

        static Granularity forSpan(LocalDate first, LocalDate last) {
            return ChronoUnit.DAYS.between(first, last) < LONGEST_DAILY_SPAN ? DAY : MONTH;
        }

        LocalDate start(LocalDate day) {
            return this == DAY ? day : day.withDayOfMonth(1);
        }
    }

    /** {@code colour} indexes the palette; all other outlets share the last colour, and have no slug or name. */
    public record Series(String slug, String name, int colour) {
    }

    public record Segment(Series series, long articles, double y, double height) {
    }

    /** {@code href} is null for a bar without articles; {@code tick} is null where no axis label fits. */
    public record Bar(String label, String tick, String href, long articles, double x, double width,
            List<Segment> segments) {
    }

    /** @param counts articles per outlet and per day, or per month keyed by its first day */
    static CoverageTimeline of(Granularity granularity, LocalDate first, LocalDate last, List<OutletCount> counts) {
        List<Series> legend = legend(counts);
        Map<String, Series> seriesBySlug = legend.stream().filter(s -> s.slug() != null)
                .collect(Collectors.toMap(Series::slug, s -> s));
        Series other = new Series(null, null, COLOURED_OUTLETS);
        Map<LocalDate, Map<Series, Long>> perBucket = new LinkedHashMap<>();
        for (OutletCount count : counts) {
            Series series = seriesBySlug.getOrDefault(count.outletSlug(), other);
            perBucket.computeIfAbsent(count.day(), day -> new LinkedHashMap<>())
                    .merge(series, count.articles(), Long::sum);
        }
        long max = perBucket.values().stream()
                .mapToLong(bucket -> bucket.values().stream().mapToLong(Long::longValue).sum()).max().orElse(0);

        LocalDate start = granularity.start(first);
        int buckets = (int) granularity.unit.between(start, granularity.start(last)) + 1;
        double width = (double) WIDTH / buckets;
        int labelEvery = Math.max(1, (int) Math.ceil((double) buckets / MAX_LABELS));
        List<Bar> bars = new ArrayList<>(buckets);
        for (int i = 0; i < buckets; i++) {
            LocalDate bucket = start.plus(i, granularity.unit);
            Map<Series, Long> bySeries = perBucket.getOrDefault(bucket, Map.of());
            List<Segment> segments = new ArrayList<>();
            double top = HEIGHT;
            for (Series series : legend) {
                long articles = bySeries.getOrDefault(series, 0L);
                if (articles > 0) {
                    double height = HEIGHT * (double) articles / max;
                    top -= height;
                    segments.add(new Segment(series, articles, rounded(top), rounded(height)));
                }
            }
            long total = segments.stream().mapToLong(Segment::articles).sum();
            bars.add(new Bar(granularity.label.format(bucket),
                    i % labelEvery == 0 ? granularity.tick.format(bucket) : null,
                    total > 0 ? "/dates/" + granularity.path.format(bucket) : null,
                    total, rounded(i * width), rounded(width), segments));
        }
        return new CoverageTimeline(granularity, bars, legend, max);
    }

    /** Hundredths of a unit are finer than any screen shows, and keep the markup short. */
    private static double rounded(double units) {
        return Math.round(units * 100) / 100.0;
    }

    private static List<Series> legend(List<OutletCount> counts) {
        Map<String, Long> totals = counts.stream().collect(groupingBy(OutletCount::outletSlug, summingLong(OutletCount::articles)));
        Map<String, String> names = counts.stream()
                .collect(Collectors.toMap(OutletCount::outletSlug, OutletCount::outletName, (a, b) -> a));
        List<String> ranked = totals.entrySet().stream()
                .sorted(comparingLong(Map.Entry<String, Long>::getValue).reversed().thenComparing(e -> names.get(e.getKey())))
                .map(Map.Entry::getKey).toList();
        List<Series> legend = new ArrayList<>();
        for (int i = 0; i < Math.min(COLOURED_OUTLETS, ranked.size()); i++) {
            legend.add(new Series(ranked.get(i), names.get(ranked.get(i)), i));
        }
        if (ranked.size() > COLOURED_OUTLETS) {
            legend.add(new Series(null, null, COLOURED_OUTLETS));
        }
        return legend;
    }
}
