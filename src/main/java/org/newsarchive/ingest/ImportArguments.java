package org.newsarchive.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The words of an {@code import} command line: the files and folders to import, and the manifest beside
 * them. Read from the raw arguments because Spring's parsing would take the file after a bare
 * {@code --manifest} for a path to import; other {@code --options} are Spring's own and left to it.
 */
record ImportArguments(List<Path> paths, Path manifest) {

    static final String USAGE = "Usage: import <files or directories...>\n"
            + "       import --manifest <manifest.csv> <directory>";
    private static final String MANIFEST = "--manifest";

    /** The import's arguments, or nothing when the command is not an import. */
    static Optional<ImportArguments> parse(String... args) {
        List<String> words = Arrays.stream(args).dropWhile(word -> word.startsWith("--")).toList();
        if (words.isEmpty() || !words.get(0).equals("import")) {
            return Optional.empty();
        }
        List<Path> paths = new ArrayList<>();
        Path manifest = null;
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            String file = null;
            if (word.equals(MANIFEST)) {
                file = i + 1 < words.size() && !words.get(i + 1).startsWith("--") ? words.get(++i) : "";
            } else if (word.startsWith(MANIFEST + "=")) {
                file = word.substring(MANIFEST.length() + 1);
            } else if (!word.startsWith("--")) {
                paths.add(Path.of(word));
            }
            if (file != null) {
                if (file.isBlank() || manifest != null) {
                    throw new Misuse(file.isBlank() ? "--manifest needs the manifest's file." : "Give one --manifest.");
                }
                manifest = Path.of(file);
            }
        }
        if (paths.isEmpty() || manifest != null && paths.size() > 1) {
            throw new Misuse(paths.isEmpty() ? "Name what to import." : "A manifest goes with one directory.");
        }
        return Optional.of(new ImportArguments(List.copyOf(paths), manifest));
    }

    /** A command line that asks for an import the wrong way; the message says what is wrong. */
    static final class Misuse extends RuntimeException {

        Misuse(String message) {
            super(message);
        }
    }
}
