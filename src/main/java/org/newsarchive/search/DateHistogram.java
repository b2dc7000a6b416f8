package org.newsarchive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The search page's date histogram, drawn in a {@value #WIDTH} × {@value #HEIGHT} box: one bar a bucket,
 * each a link narrowing the search to its dates, placed by time, so that days or months without hits leave
 * their gap. The geometry is worked out here, once a bar, because
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
        DateStep step = facets.dateStep();
        if (dates.isEmpty()) {
            return new DateHistogram(step, List.of(), "", "");
        }
        long max = dates.stream().mapToLong(DateBucket::count).max().orElse(0);
        LocalDate first = dates.get(0).start();
        LocalDate last = dates.get(dates.size() - 1).start();
        double slot = (double) WIDTH / (step.stepsBetween(first, last) + 1);
        List<Bar> bars = new ArrayList<>(dates.size());
        for (DateBucket bucket : dates) {
            long i = step.stepsBetween(first, bucket.start());
            double height = TALLEST * bucket.count() / max;
            String title = step.label(bucket.start()) + ": "
                    + messages.getMessage("timeline.articles", new Object[] {bucket.count()}, locale);
            bars.add(new Bar(links.dates(bucket.start(), bucket.end()), title, number(slot * i), number(slot),
                    number(slot * i + slot * (1 - BAR_SHARE) / 2), number(HEIGHT - height), number(slot * BAR_SHARE),
                    number(height)));
        }
        return new DateHistogram(step, List.copyOf(bars), step.label(first), step.label(last));
    }

    private static String number(double value) {
        return Double.toString(Math.round(value * 100) / 100.0);
    }
}
