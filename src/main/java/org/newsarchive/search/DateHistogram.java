package org.newsarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The search page's date histogram, drawn in a {@value #WIDTH} × {@value #HEIGHT} box: one bar a bucket,
 * each a link narrowing the search to its dates. The geometry is worked out here, once a bar, because
 * template expressions cost more than the search itself once there are a few hundred bars.
 */
public record DateHistogram(DateStep step, List<Bar> bars, String first, String last) {

    static final int WIDTH = 300;
    static final int HEIGHT = 60;
    private static final double TALLEST = 56;
    private static final double BAR_SHARE = 0.8;

    /** {@code x} and {@code width} span the bar's whole slot, which is the link's target; the rest is the bar drawn. */
    public record Bar(String href, String title, String x, String width, String barX, String barY, String barWidth,
            String barHeight) {
    }

    static DateHistogram of(Facets facets, SearchLinks links, MessageSource messages, Locale locale) {
        List<DateBucket> dates = facets.dates();
        long max = dates.stream().mapToLong(DateBucket::count).max().orElse(0);
        double slot = (double) WIDTH / Math.max(1, dates.size());
        List<Bar> bars = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            DateBucket bucket = dates.get(i);
            double height = TALLEST * bucket.count() / max;
            String title = bucket.value() + ": " + messages.getMessage("timeline.articles", new Object[] {bucket.count()}, locale);
            bars.add(new Bar(links.dates(bucket.start(), bucket.end()), title, number(slot * i), number(slot),
                    number(slot * i + slot * (1 - BAR_SHARE) / 2), number(HEIGHT - height), number(slot * BAR_SHARE),
                    number(height)));
        }
        return new DateHistogram(facets.dateStep(), List.copyOf(bars),
                dates.isEmpty() ? "" : dates.get(0).value(), dates.isEmpty() ? "" : dates.get(dates.size() - 1).value());
    }

    private static String number(double value) {
        return Double.toString(Math.round(value * 100) / 100.0);
    }
}
