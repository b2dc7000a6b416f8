package org.newsarchive.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The lines of a JSON Lines file one at a time, each read by the given function and named
 * {@code file:line}; blank lines are skipped. Bytes that are not UTF-8 end the file with a reading that says so.
 */
final class JsonLines implements Iterator<Reading> {

    private final String name;
    private final BufferedReader reader;
    private final BiFunction<String, String, Reading> readLine;
    private int number;
    private boolean any;
    private boolean done;
    private Reading next;

    private JsonLines(String name, InputStream in, BiFunction<String, String, Reading> readLine) {
        this.name = name;
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        this.readLine = readLine;
    }

    static Stream<Reading> stream(String name, InputStream in, BiFunction<String, String, Reading> readLine) {
        JsonLines lines = new JsonLines(name, in, readLine);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, Spliterator.ORDERED), false)
                .onClose(lines::close);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Reading next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Reading reading = next;
        next = null;
        return reading;
    }

    private Reading advance() {
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    any = true;
                    return readLine.apply(name + ":" + number, line);
                }
            }
            done = true;
            return any ? null : new Unreadable(name, "The file holds no articles.", false);
        } catch (IOException e) {
            done = true;
            return new Unreadable(name + ":" + (number + 1),
                    "This line is not UTF-8 text; it and the lines after it were not read.", false);
        }
    }

    private void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
