package org.newsarchive.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Reads a manifest: UTF-8 CSV (a byte order mark is allowed) with a header row naming the columns, in
 * any case and order: {@code file} and {@code url}, optionally {@code outlet}, {@code published} and
 * {@code title}; other columns are ignored. A manifest that is not such a file is refused as a whole.
 */
@Component
class ManifestReader {

    private static final List<String> COLUMNS = List.of("file", "url", "outlet", "published", "title");
    private static final List<String> REQUIRED = List.of("file", "url");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private final InputSizeLimit sizeLimit;

    ManifestReader(ImportProperties properties) {
        this.sizeLimit = new InputSizeLimit(properties);
    }

    Manifest read(String name, Resource csv) {
        String text;
        try {
            text = TextDecoder.decode(sizeLimit.bytesOf(csv));
        } catch (UnreadableInputException e) {
            throw new InvalidManifestException(name, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidManifestException(name, "It could not be read: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidManifestException(name, "It has no header row.");
            }
            Map<String, Integer> columns = columns(name, records.next());
            LineNumbers lines = new LineNumbers(text);
            List<ManifestRow> rows = new ArrayList<>();
            records.forEachRemaining(record -> {
                Map<String, String> fields = fields(record, columns);
                if (fields.values().stream().anyMatch(value -> !value.isEmpty())) {
                    rows.add(ManifestRow.of(name + ":" + lines.lineAt(record.getCharacterPosition()), fields));
                }
            });
            if (rows.isEmpty()) {
                throw new InvalidManifestException(name, "It names no files: it has a header row and nothing below it.");
            }
            return new Manifest(name, rows);
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            throw new InvalidManifestException(name, "It is not valid CSV: " + cause.getMessage());
        }
    }

    private static Map<String, Integer> columns(String name, CSVRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (COLUMNS.contains(column) && columns.putIfAbsent(column, i) != null) {
                throw new InvalidManifestException(name, "Its header row names the column " + column + " twice.");
            }
        }
        List<String> missing = REQUIRED.stream().filter(column -> !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidManifestException(name, "Its first line must be a header row naming the columns file and url"
                    + " (and optionally outlet, published, title), separated by commas; it has no "
                    + String.join(" or ", missing) + " column, but reads: " + String.join(",", header.values()));
        }
        return columns;
    }

    private static Map<String, String> fields(CSVRecord record, Map<String, Integer> columns) {
        Map<String, String> fields = new HashMap<>();
        columns.forEach((column, index) -> fields.put(column, index < record.size() ? record.get(index).strip() : ""));
        return fields;
    }

    /** Where a record starts, as a line number a spreadsheet or an editor shows, even after quoted line breaks. */
    private static final class LineNumbers {

        private final String text;
        private int position;
        private int line = 1;

        LineNumbers(String text) {
            this.text = text;
        }

        /** The parser counts skipped empty lines into the record that follows them, so those are stepped over. */
        int lineAt(long characterPosition) {
            for (; position < text.length() && (position < characterPosition || isLineBreak(text.charAt(position))); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }

        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r';
        }
    }
}
