package org.newsarchive.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.HdrHistogram.Histogram;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.vectorhighlight.FastVectorHighlighter;
import org.apache.lucene.search.vectorhighlight.FieldQuery;
import org.apache.lucene.search.vectorhighlight.ScoreOrderFragmentsBuilder;
import org.apache.lucene.search.vectorhighlight.SimpleFragListBuilder;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.store.FSDirectory;

/**
 * The same query mix (bench/queries.tsv) against raw Lucene on the app's index, PostgreSQL full-text
 * search and the app over HTTP, one request at a time, each timed into an HdrHistogram. Raw Lucene with
 * facets and highlighting and the app's two search addresses are timed interleaved, request by request,
 * so that their ratios are taken over the same minutes of a machine whose speed drifts.
 */
final class QueryMix {

    static final int PAGE = 20;
    static final int FACET_VALUES = 30;
    static final int SNIPPET = 180;
    static final int SNIPPETS = 3;
    /** Slow engines stop short of the iterations asked for after this long per search, though never under MIN_TIMED. */
    static final long BUDGET_NANOS = Long.getLong("bench.secondsPerSearch", 15) * 1_000_000_000L;
    static final int MIN_TIMED = Integer.getInteger("bench.minTimed", 30);
    static final int PAGES_WARMED_UP = 1000;
    static final int PAGES_TIMED = 100;
    /**
     * The longest the interleaved engines run the whole mix before any is timed. A fresh app on two cores
     * spends minutes compiling its hot code, and meanwhile a request costs it twice the CPU it will later.
     */
    static final long WARM_UP_NANOS = Long.getLong("bench.warmUpSeconds", 300) * 1_000_000_000L;
    static final long WARM_UP_WINDOW_NANOS = 10_000_000_000L;
    /** A compiler that works less than 2% of a warm-up window counts as done with the hot code. */
    static final long QUIET_COMPILER_MILLIS = WARM_UP_WINDOW_NANOS / 1_000_000 / 50;

    record Search(String name, String q, String outlet, LocalDate from, LocalDate to, String sort) {

        String parameters() {
            StringBuilder p = new StringBuilder("q=" + encode(q));
            if (outlet != null) {
                p.append("&outlet=").append(encode(outlet));
            }
            if (from != null) {
                p.append("&from=").append(from).append("&to=").append(to);
            }
            if (sort != null) {
                p.append("&sort=").append(sort);
            }
            return p.toString();
        }
    }

    interface Engine {
        /** Runs one search and returns its total hit count. */
        long run(Search search, boolean full) throws Exception;
    }

    static List<Search> searches(Path file) throws IOException {
        List<Search> searches = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = (line + "\t\t\t\t\t\t").split("\t", -1);
            searches.add(new Search(f[0], f[1], blank(f[2]), f[3].isBlank() ? null : LocalDate.parse(f[3]),
                    f[4].isBlank() ? null : LocalDate.parse(f[4]), blank(f[5])));
        }
        return searches;
    }

    static void run(String url, String user, Path appResources, Path index, String engines, int iterations) throws Exception {
        List<Search> searches = searches(Path.of(System.getProperty("bench.queries", "bench/queries.tsv")));
        System.out.println("| engine | search | variant | hits | p50 ms | p95 ms | p99 ms | CPU-ms/req |");
        System.out.println("|---|---|---|---:|---:|---:|---:|---:|");
        List<String> asked = List.of(engines.split(","));
        String base = System.getProperty("bench.app", "http://127.0.0.1:8095");
        long pid = Long.getLong("bench.appPid", -1);
        Http http = new Http(base);
        CpuClock appCpu = () -> processCpuNanos(pid);
        String warmedUp = null;
        // Raw Lucene with facets and highlighting and the app's two addresses, whichever were asked, side by side.
        List<Timed> sideBySide = new ArrayList<>();
        try (RawLucene lucene = asked.contains("lucene") ? new RawLucene(appResources, index) : null) {
            if (lucene != null) {
                measure("raw Lucene", lucene, searches, iterations, List.of(false), threadCpu());
                sideBySide.add(new Timed("raw Lucene", lucene, threadCpu()));
            }
            if (asked.contains("http")) {
                sideBySide.add(new Timed("/api/search", (s, full) -> http.get("/api/search?" + s.parameters()), appCpu));
                sideBySide.add(new Timed("/search page", (s, full) -> http.get("/search?" + s.parameters()), appCpu));
                warmedUp = warmUp(searches, sideBySide, appCpu, pid);
            }
            if (!sideBySide.isEmpty()) {
                interleave(searches, iterations, sideBySide);
            }
        }
        if (asked.contains("pg")) {
            try (PostgresFts pg = new PostgresFts(url, user)) {
                measure("PG FTS", pg, searches, iterations, List.of(false, true), pg::backendCpuNanos);
            }
        }
        if (asked.contains("http")) {
            List<String> articles = new ArrayList<>();
            Set<String> days = new LinkedHashSet<>();
            try (Connection db = Load.connect(url, user); Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("SELECT id, slug, published_on FROM article ORDER BY md5(id::text) LIMIT "
                         + (PAGES_WARMED_UP + PAGES_TIMED))) {
                while (r.next()) {
                    articles.add("/articles/" + r.getLong(1) + "/" + r.getString(2));
                    days.add("/dates/" + r.getDate(3).toLocalDate());
                }
            }
            measurePages("article page", http, articles, iterations, appCpu);
            measurePages("day page", http, List.copyOf(days), iterations, appCpu);
        }
        if (warmedUp != null) {
            System.out.println();
            System.out.println(warmedUp + ".");
        }
    }

    /** One engine of an interleaved measurement (always with facets and highlighting) and its CPU clock. */
    record Timed(String label, Engine engine, CpuClock cpu) {
    }

    /**
     * Runs the whole mix through every engine, in windows of ten seconds, until both JIT compilers, the
     * app's and this harness's, have worked less than {@link #QUIET_COMPILER_MILLIS} in a window, or
     * {@link #WARM_UP_NANOS} have passed; returns what it did, for the report. (Waiting until the app's CPU
     * per mix stopped falling ended warm-ups while over a quarter of the app's CPU still went to compiling.)
     */
    static String warmUp(List<Search> searches, List<Timed> engines, CpuClock appCpu, long appPid) throws Exception {
        long started = System.nanoTime();
        CompilationMXBean ownCompiler = ManagementFactory.getCompilationMXBean();
        double perRound = 0;
        long appCompiling = 0;
        long ownCompiling = 0;
        boolean quiet = false;
        long cpu = appCpu.nanos();
        long appCompiled = compilationMillis(appPid);
        long ownCompiled = ownCompiler.getTotalCompilationTime();
        while (!quiet && System.nanoTime() - started < WARM_UP_NANOS) {
            long windowEnd = System.nanoTime() + WARM_UP_WINDOW_NANOS;
            int rounds = 0;
            for (; System.nanoTime() < windowEnd; rounds++) {
                for (Search search : searches) {
                    for (Timed engine : engines) {
                        engine.engine().run(search, true);
                    }
                }
            }
            long cpuBefore = cpu;
            long appCompiledBefore = appCompiled;
            long ownCompiledBefore = ownCompiled;
            cpu = appCpu.nanos();
            appCompiled = compilationMillis(appPid);
            ownCompiled = ownCompiler.getTotalCompilationTime();
            perRound = (cpu - cpuBefore) / 1e6 / rounds;
            appCompiling = appCompiled - appCompiledBefore;
            ownCompiling = ownCompiled - ownCompiledBefore;
            quiet = appCompiling < QUIET_COMPILER_MILLIS && ownCompiling < QUIET_COMPILER_MILLIS;
        }
        return String.format(Locale.ROOT, "Warm-up before the interleaved searches: %.0f s, %s; in the last 10 s the app's JIT "
                + "compiled for %d ms and the harness's for %d ms; the app's CPU for the whole mix %.0f ms at its end",
                (System.nanoTime() - started) / 1e9, quiet ? "until both compilers were quiet" : "stopped at WARM_UP_SECONDS",
                appCompiling, ownCompiling, perRound);
    }

    /**
     * The time the JIT compilers of the JVM {@code pid} have spent so far, as {@code jstat -compiler} of this
     * harness's own JDK reads it; 0 without a JVM to ask.
     */
    static long compilationMillis(long pid) throws IOException, InterruptedException {
        if (pid <= 0) {
            return 0;
        }
        Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-compiler",
                Long.toString(pid)).redirectErrorStream(true).start();
        List<String> lines;
        try (InputStream out = jstat.getInputStream()) {
            lines = new String(out.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        if (jstat.waitFor() != 0 || lines.size() < 2) {
            throw new IllegalStateException("jstat -compiler " + pid + " answered: " + lines);
        }
        // Compiled Failed Invalid Time FailedType FailedMethod: Time in seconds.
        return Math.round(Double.parseDouble(lines.get(1).trim().split("\\s+")[3]) * 1000);
    }

    /**
     * Times the engines on each search in turns: one request of each per round, the first of a round
     * changing from round to round so that none always follows the same other. Each engine warms up on
     * each search first. The CPU of a request is read around that request alone.
     */
    static void interleave(List<Search> searches, int iterations, List<Timed> engines) throws Exception {
        for (Search search : searches) {
            for (Timed engine : engines) {
                warmUpOn(search, engine.engine(), true, iterations);
            }
            int n = engines.size();
            Histogram[] latency = new Histogram[n];
            long[] cpuNanos = new long[n];
            long[] hits = new long[n];
            for (int e = 0; e < n; e++) {
                latency[e] = new Histogram(60_000_000_000L, 3);
            }
            long until = System.nanoTime() + BUDGET_NANOS * n;
            int rounds = 0;
            for (; rounds < iterations && (rounds < MIN_TIMED || System.nanoTime() < until); rounds++) {
                for (int k = 0; k < n; k++) {
                    int e = (rounds + k) % n;
                    Timed engine = engines.get(e);
                    long cpuBefore = engine.cpu().nanos();
                    long started = System.nanoTime();
                    hits[e] = engine.engine().run(search, true);
                    latency[e].recordValue(System.nanoTime() - started);
                    cpuNanos[e] += engine.cpu().nanos() - cpuBefore;
                }
            }
            for (int e = 0; e < n; e++) {
                row(engines.get(e).label(), search.name(), "facets+highlight", hits[e], latency[e], cpuNanos[e] / 1e6 / rounds);
            }
        }
    }

    /** Runs one search a quarter of the iterations asked, at least ten times, for a quarter of the time budget at most. */
    static void warmUpOn(Search search, Engine engine, boolean full, int iterations) throws Exception {
        long warmUntil = System.nanoTime() + BUDGET_NANOS / 4;
        for (int i = 0; i < Math.max(10, iterations / 4) && System.nanoTime() < warmUntil; i++) {
            engine.run(search, full);
        }
    }

    interface CpuClock {
        long nanos() throws IOException;
    }

    static void measure(String label, Engine engine, List<Search> searches, int iterations, List<Boolean> variants,
            CpuClock cpu) throws Exception {
        for (boolean full : variants) {
            for (Search search : searches) {
                warmUpOn(search, engine, full, iterations);
                Histogram latency = new Histogram(60_000_000_000L, 3);
                long hits = 0;
                long cpuBefore = cpu.nanos();
                long until = System.nanoTime() + BUDGET_NANOS;
                int done = 0;
                for (; done < iterations && (done < MIN_TIMED || System.nanoTime() < until); done++) {
                    long started = System.nanoTime();
                    hits = engine.run(search, full);
                    latency.recordValue(System.nanoTime() - started);
                }
                double cpuMs = (cpu.nanos() - cpuBefore) / 1e6 / done;
                row(label, search.name(), full ? "facets+highlight" : "hits only", hits, latency, cpuMs);
            }
        }
    }

    /**
     * Warms up on all but the last {@link #PAGES_TIMED} pages, so that the JVM has compiled what these pages
     * run (the searches before do not run an article's more-like-this query), then times each of those once
     * (first views: what the app keeps of a page, such as an article's other coverage, is not there yet) and
     * all of them again and again.
     */
    static void measurePages(String label, Http http, List<String> paths, int iterations, CpuClock cpu) throws Exception {
        int warmUp = Math.max(0, paths.size() - PAGES_TIMED);
        for (String path : paths.subList(0, warmUp)) {
            http.get(path);
        }
        List<String> timed = paths.subList(warmUp, paths.size());
        timePages(label + ", first view", http, timed, timed.size(), cpu);
        timePages(label + ", seen before", http, timed, iterations, cpu);
    }

    private static void timePages(String label, Http http, List<String> paths, int iterations, CpuClock cpu) throws Exception {
        Histogram latency = new Histogram(60_000_000_000L, 3);
        long cpuBefore = cpu.nanos();
        long until = System.nanoTime() + BUDGET_NANOS;
        int done = 0;
        for (; done < iterations && (done < MIN_TIMED || System.nanoTime() < until); done++) {
            long started = System.nanoTime();
            http.get(paths.get(done % paths.size()));
            latency.recordValue(System.nanoTime() - started);
        }
        row(label, paths.size() + " pages", "-", -1, latency, (cpu.nanos() - cpuBefore) / 1e6 / done);
    }

    static void row(String engine, String search, String variant, long hits, Histogram latency, double cpuMs) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %.2f | %.2f | %.2f | %.2f |%n", engine, search, variant,
                hits < 0 ? "-" : String.valueOf(hits), latency.getValueAtPercentile(50) / 1e6,
                latency.getValueAtPercentile(95) / 1e6, latency.getValueAtPercentile(99) / 1e6, cpuMs);
    }

    static CpuClock threadCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads::getCurrentThreadCpuTime;
    }

    /** User plus system time of a process, from /proc: clock ticks of 10 ms. */
    static long processCpuNanos(long pid) throws IOException {
        if (pid <= 0) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String blank(String value) {
        return value.isBlank() ? null : value;
    }

    /** The floor: the index Hibernate Search wrote, opened read-only, queried with Lucene's own classes. */
    static final class RawLucene implements Engine, AutoCloseable {

        private static final String[] FACETS = {"outlet.slug", "actor", "demand", "language"};

        private final DirectoryReader reader;
        private final IndexSearcher searcher;
        private final SimpleQueryParser parser;
        private final Map<String, StringDocValuesReaderState> facetStates = new HashMap<>();
        private final FastVectorHighlighter highlighter = new FastVectorHighlighter(true, true);

        RawLucene(Path appResources, Path index) throws IOException {
            reader = DirectoryReader.open(FSDirectory.open(index));
            searcher = new IndexSearcher(reader);
            Analysis analysis = new Analysis(appResources);
            parser = new SimpleQueryParser(analysis.english, Map.of("title", 2.0f, "body", 1.0f, "captions", 0.5f, "byline", 1.0f));
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
            for (String facet : FACETS) {
                if (fields.fieldInfo(facet) != null) {
                    facetStates.put(facet, new StringDocValuesReaderState(reader, facet));
                }
            }
        }

        @Override
        public long run(Search search, boolean full) throws IOException {
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            boolean text = search.q() != null && !search.q().isBlank();
            Query parsed = text ? parser.parse(search.q()) : new MatchAllDocsQuery();
            query.add(parsed, BooleanClause.Occur.MUST);
            if (search.outlet() != null) {
                query.add(new TermQuery(new Term("outlet.slug", search.outlet())), BooleanClause.Occur.FILTER);
            }
            if (search.from() != null) {
                query.add(LongPoint.newRangeQuery("publishedOn", search.from().toEpochDay(), search.to().toEpochDay()),
                        BooleanClause.Occur.FILTER);
            }
            Sort sort = text && search.sort() == null
                    ? new Sort(SortField.FIELD_SCORE, new SortedNumericSortField("publishedOn", SortField.Type.LONG, true))
                    : new Sort(new SortedNumericSortField("publishedOn", SortField.Type.LONG, true), new SortedSetSortField("title_sort", false));
            Query q = query.build();
            // Exact total hit counts, as the app asks Hibernate Search for.
            var top = new TopFieldCollectorManager(sort, PAGE, null, Integer.MAX_VALUE, searcher.getSlices().length > 1);
            TopDocs docs;
            if (full) {
                Object[] both = searcher.search(q, new MultiCollectorManager(top, new FacetsCollectorManager(true)));
                docs = (TopDocs) both[0];
                FacetsCollector hits = (FacetsCollector) both[1];
                for (var facet : facetStates.entrySet()) {
                    new StringValueFacetCounts(facet.getValue(), hits).getTopChildren(FACET_VALUES, facet.getKey());
                }
                // Per month, as the app counts them for a histogram over more than three months (all of this mix).
                new LongValueFacetCounts("publishedMonth", hits).getAllChildren("publishedMonth");
            } else {
                docs = searcher.search(q, top);
            }
            FieldQuery fieldQuery = full ? highlighter.getFieldQuery(parsed, reader) : null;
            var stored = searcher.storedFields();
            for (ScoreDoc hit : docs.scoreDocs) {
                Document doc = stored.document(hit.doc);
                doc.get("title");
                if (full && text) {
                    highlighter.getBestFragments(fieldQuery, reader, hit.doc, "body", SNIPPET, SNIPPETS,
                            new SimpleFragListBuilder(), new ScoreOrderFragmentsBuilder(), new String[] {"<mark>"}, new String[] {"</mark>"}, new SimpleHTMLEncoder());
                }
            }
            return docs.totalHits.value;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** What a user might pick instead: a tsvector per article, a GIN index, ts_rank and ts_headline. */
    static final class PostgresFts implements Engine, AutoCloseable {

        private final Connection db;
        private final long backendPid;

        PostgresFts(String url, String user) throws SQLException {
            db = Load.connect(url, user);
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT pg_backend_pid()")) {
                r.next();
                backendPid = r.getLong(1);
            }
        }

        long backendCpuNanos() throws IOException {
            return processCpuNanos(backendPid);
        }

        /**
         * The FROM and WHERE of a search, with the conditions it has and no others. Conditions made optional
         * by a parameter ({@code ? = '' OR f.fts @@ q}) allow no plan that uses the GIN index once PostgreSQL
         * plans a prepared statement for all parameters, as it may after five runs: a rare term then took
         * over a second at 100k articles, against 1.4 ms.
         */
        private static String matching(Search search) {
            StringBuilder sql = new StringBuilder(
                    "FROM bench_article_fts f JOIN article a ON a.id = f.article_id, websearch_to_tsquery('english', ?) q WHERE true");
            if (hasText(search)) {
                sql.append(" AND f.fts @@ q");
            }
            if (search.outlet() != null) {
                sql.append(" AND a.outlet_id = (SELECT id FROM outlet WHERE slug = ?)");
            }
            if (search.from() != null) {
                sql.append(" AND a.published_on BETWEEN ? AND ?");
            }
            return sql.toString();
        }

        private static boolean hasText(Search search) {
            return search.q() != null && !search.q().isBlank();
        }

        private PreparedStatement prepare(String sql, Search search) throws SQLException {
            PreparedStatement statement = db.prepareStatement(sql);
            int parameter = 1;
            statement.setString(parameter++, hasText(search) ? search.q() : "");
            if (search.outlet() != null) {
                statement.setString(parameter++, search.outlet());
            }
            if (search.from() != null) {
                statement.setDate(parameter++, Date.valueOf(search.from()));
                statement.setDate(parameter, Date.valueOf(search.to()));
            }
            return statement;
        }

        @Override
        public long run(Search search, boolean full) throws SQLException {
            long total;
            try (PreparedStatement count = prepare("SELECT count(*) " + matching(search), search); ResultSet r = count.executeQuery()) {
                r.next();
                total = r.getLong(1);
            }
            String order = !hasText(search) || search.sort() != null ? "a.published_on DESC, a.title" : "ts_rank(f.fts, q) DESC, a.published_on DESC";
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement top = prepare("SELECT a.id, a.title, a.published_on, a.outlet_id " + matching(search)
                    + " ORDER BY " + order + " LIMIT " + PAGE, search); ResultSet r = top.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            if (full) {
                for (String facet : List.of("a.outlet_id::text", "a.language", "to_char(a.published_on, 'YYYY-MM')")) {
                    try (PreparedStatement counts = prepare("SELECT " + facet + ", count(*) " + matching(search)
                            + " GROUP BY 1 ORDER BY 2 DESC LIMIT " + FACET_VALUES, search); ResultSet r = counts.executeQuery()) {
                        while (r.next()) {
                            r.getString(1);
                        }
                    }
                }
                try (PreparedStatement counts = prepare("SELECT m.actor_id, count(DISTINCT a.id) " + matching(search).replace(
                        "JOIN article a ON a.id = f.article_id,", "JOIN article a ON a.id = f.article_id JOIN actor_mention m ON m.article_id = a.id CROSS JOIN")
                        + " GROUP BY 1 ORDER BY 2 DESC LIMIT " + FACET_VALUES, search); ResultSet r = counts.executeQuery()) {
                    while (r.next()) {
                        r.getLong(1);
                    }
                }
                if (hasText(search) && !ids.isEmpty()) {
                    try (PreparedStatement headlines = db.prepareStatement("""
                            SELECT ts_headline('english', body, websearch_to_tsquery('english', ?),
                                   'MaxFragments=3, MaxWords=30, MinWords=12, StartSel=<mark>, StopSel=</mark>')
                            FROM article WHERE id = ANY (?)""")) {
                        headlines.setString(1, search.q());
                        headlines.setArray(2, db.createArrayOf("bigint", ids.toArray()));
                        try (ResultSet r = headlines.executeQuery()) {
                            while (r.next()) {
                                r.getString(1);
                            }
                        }
                    }
                }
            }
            db.commit();
            return total;
        }

        @Override
        public void close() throws SQLException {
            db.close();
        }
    }

    /**
     * A blocking client on the JDK's HttpURLConnection, whose connections are kept alive between requests.
     * The JDK's HttpClient hands each exchange between threads: on two cores it added 0.2–1.3 ms to a
     * request (bench/HISTORY.md, round 6), which is the client's time, not the app's.
     */
    static final class Http {

        private final String base;

        Http(String base) {
            this.base = base;
        }

        long get(String path) throws IOException {
            HttpURLConnection connection = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            int status = connection.getResponseCode();
            if (status != 200) {
                throw new IllegalStateException(status + " for " + path);
            }
            byte[] body;
            try (InputStream in = connection.getInputStream()) {
                body = in.readAllBytes();
            }
            String type = connection.getContentType();
            if (type == null || !type.startsWith("application/json")) {
                return -1;
            }
            String json = new String(body, StandardCharsets.UTF_8);
            int at = json.indexOf("\"total\":");
            if (at < 0) {
                return -1;
            }
            int end = at + 8;
            while (end < json.length() && Character.isDigit(json.charAt(end))) {
                end++;
            }
            return Long.parseLong(json.substring(at + 8, end));
        }
    }
}
