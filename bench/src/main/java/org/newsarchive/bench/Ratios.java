package org.newsarchive.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ratios the issue asks for first, read from the tables run.sh collected on standard input:
 * query rows (engine | search | variant | hits | p50 | p95 | p99 | CPU) and wrk rows
 * (target | connections | req/s | p50 | p99 | CPU | errors).
 */
final class Ratios {

    static void print() throws IOException {
        Map<String, double[]> rows = new HashMap<>();
        Map<String, String[]> wrk = new HashMap<>();
        Set<String> searches = new LinkedHashSet<>();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] f = line.split("\\|", -1);
            if (f.length >= 10 && !f[4].isBlank() && f[5].strip().matches("[0-9.]+")) {
                String key = f[1].strip() + "/" + f[2].strip() + "/" + f[3].strip();
                rows.put(key, new double[] {Double.parseDouble(f[5].strip()), Double.parseDouble(f[6].strip()),
                        Double.parseDouble(f[8].strip())});
                if (f[1].strip().equals("raw Lucene")) {
                    searches.add(f[2].strip());
                }
            } else if (f.length >= 8 && f[2].strip().matches("[0-9]+")) {
                wrk.put(f[1].strip() + "/" + f[2].strip(), f);
            }
        }
        String full = "facets+highlight";
        System.out.println("p50 latency ratios per search, one request at a time (facets and highlighting on for every engine):");
        System.out.println();
        System.out.println("| search | /search page ÷ raw Lucene | /api/search ÷ raw Lucene | in-process ÷ raw Lucene | PG FTS ÷ /api/search | PG FTS ÷ in-process | /search p95 ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        List<String> missing = new ArrayList<>();
        for (String search : searches) {
            double[] raw = rows.get("raw Lucene/" + search + "/" + full);
            double[] page = rows.get("/search page/" + search + "/" + full);
            double[] api = rows.get("/api/search/" + search + "/" + full);
            double[] inProcess = rows.get("SearchService in-process/" + search + "/" + full);
            double[] pg = rows.get("PG FTS/" + search + "/" + full);
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", search, ratio(page, raw), ratio(api, raw),
                    ratio(inProcess, raw), ratio(pg, api), ratio(pg, inProcess), page == null ? "-" : String.format(Locale.ROOT, "%.1f", page[1]));
        }
        System.out.println();
        System.out.println("Under wrk, against the web-stack floor (static file) at the same number of connections:");
        System.out.println();
        System.out.println("| connections | static req/s | trivial req/s | /api/search req/s | /search req/s | static ÷ /search throughput | /search p50 ÷ static p50 |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (String c : List.of("1", "4", "16", "64")) {
            String[] s = wrk.get("static /css/archive.css/" + c);
            String[] t = wrk.get("trivial /actuator/health/liveness/" + c);
            String[] a = wrk.get("/api/search mix/" + c);
            String[] p = wrk.get("/search page mix/" + c);
            if (s == null || p == null) {
                missing.add(c);
                continue;
            }
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %.1f× | %.1f× |%n", c, s[3].strip(), t == null ? "-" : t[3].strip(),
                    a == null ? "-" : a[3].strip(), p[3].strip(), number(s[3]) / number(p[3]), millis(p[4]) / millis(s[4]));
        }
    }

    private static String ratio(double[] a, double[] b) {
        return a == null || b == null || b[0] == 0 ? "-" : String.format(Locale.ROOT, "%.1f×", a[0] / b[0]);
    }

    private static double number(String value) {
        return Double.parseDouble(value.strip());
    }

    /** wrk prints latencies as 812.00us, 1.52ms or 2.01s. */
    static double millis(String value) {
        String v = value.strip();
        if (v.endsWith("us")) {
            return Double.parseDouble(v.substring(0, v.length() - 2)) / 1000;
        }
        if (v.endsWith("ms")) {
            return Double.parseDouble(v.substring(0, v.length() - 2));
        }
        if (v.endsWith("s")) {
            return Double.parseDouble(v.substring(0, v.length() - 1)) * 1000;
        }
        return Double.NaN;
    }
}
