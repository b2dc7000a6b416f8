package org.newsarchive.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Lines up the paragraphs of several articles against the first one's: a paragraph of another
 * article is set beside the first article's paragraph that reports the same thing, keeping each
 * article's order (the best such matching, found by dynamic programming). Paragraphs without a
 * counterpart flow between the aligned ones.
 */
final class ParagraphAlignment {

    /** Paragraphs less alike than this (cosine of their term counts) are not set side by side. */
    static final double ALIKE = 0.25;

    /**
     * One row of the comparison: for each article, the indexes of its paragraphs in the row.
     * {@code alike} is true when the row sets paragraphs that report the same thing side by side.
     */
    @Schema(name = "AlignedParagraphs")
    record Row(List<List<Integer>> cells, boolean alike) {
    }

    private ParagraphAlignment() {
    }

    /** @param terms for each article, the term counts of each of its paragraphs */
    static List<Row> align(List<List<Map<String, Integer>>> terms) {
        List<Map<Integer, Integer>> pairs = new ArrayList<>();
        for (int k = 1; k < terms.size(); k++) {
            pairs.add(pairs(terms.get(0), terms.get(k)));
        }
        List<Row> rows = new ArrayList<>();
        int[] next = new int[terms.size()];
        for (int i = 0; i < terms.get(0).size(); i++) {
            List<List<Integer>> anchor = new ArrayList<>();
            List<List<Integer>> before = new ArrayList<>();
            anchor.add(List.of(i));
            before.add(List.of());
            boolean aligned = false;
            for (int k = 1; k < terms.size(); k++) {
                Integer j = pairs.get(k - 1).get(i);
                if (j == null) {
                    anchor.add(List.of());
                    before.add(List.of());
                } else {
                    before.add(range(next[k], j));
                    anchor.add(List.of(j));
                    next[k] = j + 1;
                    aligned = true;
                }
            }
            if (aligned && before.stream().anyMatch(cell -> !cell.isEmpty())) {
                rows.add(new Row(before, false));
            }
            rows.add(new Row(anchor, aligned));
        }
        List<List<Integer>> rest = new ArrayList<>();
        rest.add(List.of());
        for (int k = 1; k < terms.size(); k++) {
            rest.add(range(next[k], terms.get(k).size()));
        }
        if (rest.stream().anyMatch(cell -> !cell.isEmpty())) {
            rows.add(new Row(rest, false));
        }
        return merged(rows);
    }

    /** Consecutive rows that align nothing become one, so unmatched paragraphs sit side by side. */
    private static List<Row> merged(List<Row> rows) {
        List<Row> merged = new ArrayList<>();
        for (Row row : rows) {
            Row last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !last.alike() && !row.alike()) {
                List<List<Integer>> cells = new ArrayList<>();
                for (int k = 0; k < row.cells().size(); k++) {
                    List<Integer> cell = new ArrayList<>(last.cells().get(k));
                    cell.addAll(row.cells().get(k));
                    cells.add(cell);
                }
                merged.set(merged.size() - 1, new Row(cells, false));
            } else {
                merged.add(row);
            }
        }
        return merged;
    }

    /** The best order-keeping matching of {@code first}'s paragraphs to {@code other}'s, as index pairs. */
    private static Map<Integer, Integer> pairs(List<Map<String, Integer>> first, List<Map<String, Integer>> other) {
        int m = first.size();
        int n = other.size();
        double[][] best = new double[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                double similarity = cosine(first.get(i - 1), other.get(j - 1));
                best[i][j] = Math.max(Math.max(best[i - 1][j], best[i][j - 1]),
                        similarity >= ALIKE ? best[i - 1][j - 1] + similarity : 0);
            }
        }
        Map<Integer, Integer> pairs = new HashMap<>();
        for (int i = m, j = n; i > 0 && j > 0;) {
            if (best[i][j] == best[i - 1][j]) {
                i--;
            } else if (best[i][j] == best[i][j - 1]) {
                j--;
            } else {
                pairs.put(i - 1, j - 1);
                i--;
                j--;
            }
        }
        return pairs;
    }

    static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        for (Map.Entry<String, Integer> term : a.entrySet()) {
            dot += term.getValue() * (double) b.getOrDefault(term.getKey(), 0);
        }
        double norms = Math.sqrt(squares(a)) * Math.sqrt(squares(b));
        return norms == 0 ? 0 : dot / norms;
    }

    private static double squares(Map<String, Integer> counts) {
        return counts.values().stream().mapToDouble(count -> (double) count * count).sum();
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = from; i < to; i++) {
            indexes.add(i);
        }
        return indexes;
    }
}
