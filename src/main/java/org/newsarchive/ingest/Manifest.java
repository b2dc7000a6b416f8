package org.newsarchive.ingest;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * A CSV handed over beside a crawl: which file holds which article, with its URL and what else is known.
 * Matched with the files, every row and every file gets an outcome: a good row's file is imported with
 * the row's metadata; a bad row (and its file), a row naming no file there and a file no row names are
 * refused with why.
 */
record Manifest(String name, List<ManifestRow> rows) {

    /** The files found in a folder, matched to rows by their path relative to it. */
    List<ImportSource> sourcesIn(Path folder, List<ImportSource> files) {
        return match(files, name -> StreamSupport.stream(folder.relativize(Path.of(name)).spliterator(), false)
                .map(Path::toString).collect(Collectors.joining("/")), Function.identity(), "in " + folder);
    }

    /** Uploaded files, matched to rows by file name alone, since an upload carries no folders. */
    List<ImportSource> sourcesAmong(List<ImportSource> uploads) {
        return match(uploads, Manifest::fileName, Manifest::fileName, "among the uploaded files");
    }

    private List<ImportSource> match(List<ImportSource> files, Function<String, String> keyOfFile,
            Function<String, String> keyOfRow, String where) {
        Map<String, Deque<ImportSource>> unnamed = new LinkedHashMap<>();
        files.forEach(file -> unnamed.computeIfAbsent(keyOfFile.apply(file.name()), key -> new ArrayDeque<>()).add(file));
        Map<String, ManifestRow> named = new HashMap<>();
        List<ImportSource> sources = new ArrayList<>();
        for (ManifestRow row : rows) {
            String key = row.file() == null ? null : keyOfRow.apply(row.file());
            ManifestRow earlier = key == null ? null : named.putIfAbsent(key, row);
            if (earlier != null) {
                sources.add(ImportSource.refused(row.source(), earlier.source() + " already names " + row.file()
                        + "; this row was left out."));
                continue;
            }
            // A bad row still claims its file, which is then not imported rather than reported twice.
            ImportSource file = key == null ? null : unnamed.getOrDefault(key, new ArrayDeque<>()).poll();
            if (!row.problems().isEmpty()) {
                sources.add(ImportSource.refused(row.source(), String.join(" ", row.problems())));
            } else if (file == null) {
                sources.add(ImportSource.refused(row.source(), "There is no file " + row.file() + " " + where + "."));
            } else {
                sources.add(file.given(row.metadata()));
            }
        }
        unnamed.values().forEach(left -> left.forEach(file -> sources.add(ImportSource.refused(file.name(),
                "No row of the manifest " + name + " names this file, so it was not imported."))));
        return sources;
    }

    private static String fileName(String path) {
        return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
}
