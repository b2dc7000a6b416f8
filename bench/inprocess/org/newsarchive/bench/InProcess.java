package org.newsarchive.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import org.HdrHistogram.Histogram;
import org.hibernate.search.mapper.orm.Search;
import org.newsarchive.NewsArchiveApplication;
import org.newsarchive.article.Article;
import org.newsarchive.search.Facet;
import org.newsarchive.search.SearchRequest;
import org.newsarchive.search.SearchService;
import org.newsarchive.search.SearchSort;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The app's own classes without HTTP: its SearchService over the query mix, and its MassIndexer with
 * the settings under test. Compiled and run by bench/run.sh against the unpacked application jar.
 */
public final class InProcess {

    private InProcess() {
    }

    public static void main(String[] args) throws Exception {
        SpringApplication app = new SpringApplication(NewsArchiveApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = app.run()) {
            switch (args[0]) {
                case "search" -> search(context.getBean(SearchService.class), Path.of(args[1]), Integer.parseInt(args[2]));
                case "mass-index" -> massIndex(context.getBean(EntityManagerFactory.class), Integer.parseInt(args[1]),
                        Integer.parseInt(args[2]), Integer.parseInt(args[3]));
                default -> throw new IllegalArgumentException("Unknown command " + args[0]);
            }
        }
    }

    /** How long the whole mix runs before any search is timed, so that the JVM has compiled its hot code. */
    static final long WARM_UP_NANOS = Long.getLong("bench.warmUpSeconds", 60) * 1_000_000_000L;

    static void search(SearchService service, Path queries, int iterations) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Map<String, SearchRequest> requests = new LinkedHashMap<>();
        for (String line : Files.readAllLines(queries)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = (line + "\t\t\t\t\t\t").split("\t", -1);
            Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
            if (!f[2].isBlank()) {
                filters.put(Facet.OUTLET, Set.of(f[2]));
            }
            SearchSort sort = f[5].isBlank() ? SearchSort.RELEVANCE : SearchSort.valueOf(f[5].toUpperCase(Locale.ROOT));
            requests.put(f[0], new SearchRequest(f[1], filters, f[3].isBlank() ? null : LocalDate.parse(f[3]),
                    f[4].isBlank() ? null : LocalDate.parse(f[4]), sort, 1, 20));
        }
        long warm = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warm) {
            requests.values().forEach(service::search);
        }
        for (Map.Entry<String, SearchRequest> entry : requests.entrySet()) {
            SearchRequest request = entry.getValue();
            for (int i = 0; i < Math.max(10, iterations / 4); i++) {
                service.search(request);
            }
            Histogram latency = new Histogram(60_000_000_000L, 3);
            long hits = 0;
            long cpuBefore = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < iterations; i++) {
                long started = System.nanoTime();
                hits = service.search(request).total();
                latency.recordValue(System.nanoTime() - started);
            }
            double cpuMs = (cpu.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / iterations;
            System.out.printf(Locale.ROOT, "| SearchService in-process | %s | facets+highlight | %d | %.2f | %.2f | %.2f | %.2f |%n",
                    entry.getKey(), hits, latency.getValueAtPercentile(50) / 1e6, latency.getValueAtPercentile(95) / 1e6,
                    latency.getValueAtPercentile(99) / 1e6, cpuMs);
        }
    }

    static void massIndex(EntityManagerFactory factory, int threads, int batchSize, int fetchSize) throws InterruptedException {
        long started = System.nanoTime();
        Search.mapping(factory).scope(Article.class).massIndexer()
                .purgeAllOnStart(true)
                .threadsToLoadObjects(threads)
                .batchSizeToLoadObjects(batchSize)
                .idFetchSize(fetchSize)
                .startAndWait();
        double seconds = (System.nanoTime() - started) / 1e9;
        long count;
        try (var em = factory.createEntityManager()) {
            count = em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
        }
        System.out.printf(Locale.ROOT, "| %d | %d | %d | %s | %s | %d | %.1f | %.0f |%n", threads, batchSize, fetchSize,
                System.getProperty("spring.jpa.properties.hibernate.default_batch_fetch_size", "64"),
                System.getProperty("spring.jpa.properties.hibernate.search.backend.io.writer.ram_buffer_size", "16"),
                count, seconds, count / seconds);
    }
}
