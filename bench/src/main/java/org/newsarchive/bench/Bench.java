package org.newsarchive.bench;

import java.nio.file.Path;
import java.util.Arrays;

/** The harness' commands; bench/run.sh calls them in order. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.db", "jdbc:postgresql://127.0.0.1:5432/bench_10k");
        String user = System.getProperty("bench.user", "postgres");
        long seed = Long.getLong("bench.seed", 20220217L);
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "load" -> Load.load(url, user, seed, Integer.parseInt(rest[0]));
            case "ratios" -> Ratios.print();
            case "json-lines" -> JsonLines.write(url, user, seed, Integer.parseInt(rest[0]), Path.of(rest[1]));
            case "place-alone" -> Load.placeAlone(url, user);
            case "pg-fts" -> Load.fullTextIndex(url, user);
            case "raw-index" -> RawIndex.run(url, user, Path.of(rest[0]), Path.of(rest[1]), Integer.parseInt(rest[2]));
            case "fields" -> RawIndex.fields(Path.of(rest[0]));
            case "queries" -> QueryMix.run(url, user, Path.of(rest[0]), Path.of(rest[1]), rest[2], Integer.parseInt(rest[3]));
            default -> throw new IllegalArgumentException("Unknown command " + args[0]);
        }
    }
}
