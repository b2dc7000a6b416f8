package org.newsarchive.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A story's outlets counted by one property (their kind, their country), as the segments of a bar:
 * largest first, each with its share of the bar's width in percent and its place in the palette.
 */
public record CoverageBar(List<Segment> segments, long outlets) {

    /** The palette's grey, for the outlets whose property is unknown. */
    static final int UNKNOWN = 8;

    /** @param key the property's value, null where the archive does not know it */
    public record Segment(String key, long outlets, double start, double width, int colour) {
    }

    static CoverageBar of(List<StoryOutlet> storyOutlets, Function<StoryOutlet, String> key) {
        Map<String, Long> counts = new LinkedHashMap<>();
        storyOutlets.forEach(outlet -> counts.merge(key.apply(outlet), 1L, Long::sum));
        List<Map.Entry<String, Long>> largestFirst = new ArrayList<>(counts.entrySet());
        // Unknown last, whatever its size: it is the part of the bar that says least.
        largestFirst.sort(Comparator.comparing((Map.Entry<String, Long> entry) -> entry.getKey() == null)
                .thenComparing(Map.Entry.comparingByValue(Comparator.reverseOrder())));
        List<Segment> segments = new ArrayList<>();
        double start = 0;
        for (Map.Entry<String, Long> entry : largestFirst) {
            double width = 100.0 * entry.getValue() / storyOutlets.size();
            segments.add(new Segment(entry.getKey(), entry.getValue(), start, width, entry.getKey() == null ? UNKNOWN : segments.size() % UNKNOWN));
            start += width;
        }
        return new CoverageBar(segments, storyOutlets.size());
    }
}
