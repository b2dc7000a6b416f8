package org.newsarchive.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * Turns files (named resources) into import sources: a {@code .json} file beside a text or HTML file
 * of the same base name is that file's sidecar of metadata, not an article of its own.
 */
final class ImportSources {

    record NamedResource(String name, Resource resource) {
    }

    private ImportSources() {
    }

    static List<ImportSource> pair(List<NamedResource> files) {
        Map<String, NamedResource> sidecars = new HashMap<>();
        for (NamedResource file : files) {
            if (CaptureReader.kindOf(file.name()) == CaptureReader.Kind.JSON) {
                sidecars.put(base(file.name()), file);
            }
        }
        List<String> paired = files.stream().map(NamedResource::name)
                .filter(name -> kindTakesSidecar(name) && sidecars.containsKey(base(name))).map(ImportSources::base).toList();
        List<ImportSource> sources = new ArrayList<>();
        for (NamedResource file : files) {
            boolean isSidecar = CaptureReader.kindOf(file.name()) == CaptureReader.Kind.JSON && paired.contains(base(file.name()));
            if (!isSidecar) {
                NamedResource sidecar = kindTakesSidecar(file.name()) ? sidecars.get(base(file.name())) : null;
                sources.add(new ImportSource(file.name(), file.resource(), sidecar == null ? null : sidecar.resource()));
            }
        }
        return sources;
    }

    /** Every file under the paths, directories walked in name order, hidden files left out. */
    static List<ImportSource> fromPaths(List<Path> paths) {
        List<NamedResource> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                filesUnder(path).forEach(file -> files.add(named(file)));
            } else {
                files.add(named(path));
            }
        }
        return pair(files);
    }

    /** Every file under the folder but the manifest itself, each matched to the manifest row that names it. */
    static List<ImportSource> fromFolder(Path folder, Path manifestFile, Manifest manifest) {
        Path manifestPath = manifestFile.toAbsolutePath().normalize();
        return manifest.sourcesIn(folder, pair(filesUnder(folder).stream()
                .filter(file -> !file.toAbsolutePath().normalize().equals(manifestPath)).map(ImportSources::named).toList()));
    }

    /** The files under a folder in name order, leaving out hidden files and whatever is in hidden folders. */
    private static List<Path> filesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(file -> !isHidden(folder.relativize(file))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isHidden(Path relative) {
        return StreamSupport.stream(relative.spliterator(), false).anyMatch(step -> step.toString().startsWith("."));
    }

    private static NamedResource named(Path file) {
        return new NamedResource(file.toString(), new FileSystemResource(file));
    }

    private static boolean kindTakesSidecar(String name) {
        CaptureReader.Kind kind = CaptureReader.kindOf(name);
        return kind == CaptureReader.Kind.TEXT || kind == CaptureReader.Kind.HTML;
    }

    private static String base(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        int slash = Math.max(lower.lastIndexOf('/'), lower.lastIndexOf('\\'));
        return dot > slash ? lower.substring(0, dot) : lower;
    }

    /** One article a file, and one a non-blank line of a JSON Lines file, counted by a pass over its bytes. */
    static long articlesIn(List<ImportSource> sources) {
        long articles = 0;
        for (ImportSource source : sources) {
            articles += source.refusal() == null && CaptureReader.kindOf(source.name()) == CaptureReader.Kind.JSON_LINES
                    ? Math.max(1, nonBlankLines(source)) : 1;
        }
        return articles;
    }

    private static long nonBlankLines(ImportSource source) {
        try (InputStream in = new BufferedInputStream(source.content().getInputStream())) {
            long lines = 0;
            boolean blank = true;
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    lines += blank ? 0 : 1;
                    blank = true;
                } else if (!Character.isWhitespace(b)) {
                    blank = false;
                }
            }
            return lines + (blank ? 0 : 1);
        } catch (IOException e) {
            // The import itself reports the file as unreadable; here it only counts as one.
            return 1;
        }
    }
}
