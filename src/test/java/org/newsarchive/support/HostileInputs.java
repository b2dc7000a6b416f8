package org.newsarchive.support;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

/**
 * Random and hostile strings, bytes and uploads for the fuzz tests. Everything is drawn from one
 * seeded generator, so that a seed gives the same inputs in the same order and a failing try replays.
 */
public final class HostileInputs {

    private static final String HOSTILE_CHARACTERS =
            "\"*~+-|()<>&%;'\\/{}[]:,^?!\u0000\u0001\u0007\u001b\u007f\u200b\u200f\u202e\ufeff\ufffd\ud800\udfff\r\n\t ";

    private static final List<String> KNOWN_TROUBLE = List.of("", " ", "<script>alert(1)</script>", "' OR 1=1 --",
            "Robert'); DROP TABLE article;--", "%00", "%", "%zz", "%25%30%30", "%C0%AF", "../../etc/passwd", "${7*7}",
            "{{7*7}}", "*", "?", "\"", "-", "+", "~", "((", "))", "OR", "NOT", "AND", "title:(", "a~2", "/.*/", "[a TO",
            "{* TO *}", "a^-1", "\\", "2022-02-30", "9999-99-99", "0000-00-00", "-1", "0", "99999999999999999999", "1e309",
            "NaN", "1,2,3,4,5", ",", "\uD83D\uDCF0", "\u202eevil\u202c", "zero\u200bwidth", "\ud800", "\udfff",
            "x".repeat(5000));

    private static final List<String> MALFORMED_DOCUMENTS = List.of("{\"text\": 1}", "{\"text\": null}", "[]", "null",
            "\"\"", "<html><body></body></html>", "<!-- unterminated", "\uFEFF",
            "{\"text\": \"ok\", \"date\": \"2022-13-45\"}", "{\"text\": \"ok\", \"url\": \"javascript:alert(1)\"}",
            "{\"text\": \"ok\"}\n{broken", "{\"text\": \"ok\"", "[".repeat(3000), "<div>".repeat(3000),
            "\uD83D\uDCF0".repeat(500), "word ".repeat(20_000));

    private static final List<String> FILE_NAMES = List.of("capture.txt", "page.html", "page.htm", "lines.jsonl",
            "lines.ndjson", "orphan.json", "../../etc/passwd", "no-extension", "", "weird name \u202e.txt",
            "a".repeat(300) + ".txt");

    private static final List<String> WORDS = List.of("minister", "said", "Kyiv", "the", "talks", "on", "Monday",
            "ceasefire", "\"We", "will", "not", "accept\"", "army", "of", "press", "service", "NATO", "border", "2022");

    /** An upload: a file's name and its bytes. */
    public record Upload(String name, byte[] content) {
    }

    private final SplittableRandom random;

    public HostileInputs(long seed) {
        random = new SplittableRandom(seed);
    }

    /** A value for a query parameter or path segment. */
    public String queryValue() {
        return oneOf(() -> anyCharacters(40), () -> hostileCharacters(20), () -> pick(KNOWN_TROUBLE),
                () -> asciiCharacters(900, 1100));
    }

    /** A text to import, or a field of one: random, hostile, malformed, or an article with hostile insertions. */
    public String text() {
        return oneOf(() -> anyCharacters(300), () -> hostileCharacters(60), () -> pick(KNOWN_TROUBLE),
                () -> pick(MALFORMED_DOCUMENTS), () -> asciiCharacters(200, 2000), this::article);
    }

    /** A sidecar beside a text: hostile text, or JSON metadata with hostile values. */
    public String sidecar() {
        return oneOf(this::text, () -> JsonMapper.shared().writeValueAsString(Map.of("title", text(), "date", queryValue(),
                "outlet", queryValue(), "url", queryValue(), "byline", queryValue())));
    }

    /** A file under any name, half the time with content of the format the name announces. */
    public Upload upload() {
        String name = pick(FILE_NAMES);
        if (random.nextBoolean()) {
            return new Upload(name, bytes());
        }
        String content = name.endsWith(".html") || name.endsWith(".htm") ? page()
                : name.endsWith(".jsonl") || name.endsWith(".ndjson") ? jsonLines() : article();
        return new Upload(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] bytes() {
        return oneOf(() -> text().getBytes(StandardCharsets.UTF_8), () -> text().getBytes(StandardCharsets.UTF_16),
                this::randomBytes, this::truncatedUtf8, this::withAFlippedByte);
    }

    private String article() {
        String paragraphs = IntStream.range(0, random.nextInt(1, 6))
                .mapToObj(paragraph -> sentence(random.nextInt(20, 60)))
                .collect(Collectors.joining("\n\n"));
        return sentence(random.nextInt(3, 12)) + "\n\n" + paragraphs;
    }

    private String sentence(int words) {
        return IntStream.range(0, words)
                .mapToObj(word -> random.nextInt(8) == 0 ? hostileCharacters(4) : pick(WORDS))
                .collect(Collectors.joining(" "));
    }

    private String page() {
        return "<html><head><title>" + sentence(6) + "</title></head><body><h1>" + text() + "</h1><p>" + article()
                + "</p><p>" + text() + "</body>";
    }

    private String jsonLines() {
        return Stream.generate(() -> random.nextInt(3) == 0 ? text()
                        : JsonMapper.shared().writeValueAsString(Map.of("text", article(), "date", queryValue(), "outlet", queryValue())))
                .limit(random.nextInt(1, 5))
                .collect(Collectors.joining("\n"));
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(501)];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] truncatedUtf8() {
        byte[] bytes = ("\u00e9\u043a\u0438\u0457\u0432 " + article() + " \uD83D\uDCF0").getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(bytes, bytes.length - random.nextInt(1, 4));
    }

    private byte[] withAFlippedByte() {
        byte[] bytes = article().getBytes(StandardCharsets.UTF_8);
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(0x80, 0x100);
        return bytes;
    }

    private String anyCharacters(int maxLength) {
        return characters(random.nextInt(maxLength + 1), () -> (char) random.nextInt(0x10000));
    }

    private String hostileCharacters(int maxLength) {
        return characters(random.nextInt(maxLength + 1),
                () -> HOSTILE_CHARACTERS.charAt(random.nextInt(HOSTILE_CHARACTERS.length())));
    }

    private String asciiCharacters(int minLength, int maxLength) {
        return characters(random.nextInt(minLength, maxLength + 1), () -> (char) random.nextInt(0x80));
    }

    private static String characters(int length, Supplier<Character> character) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(character.get().charValue());
        }
        return text.toString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    private <T> T oneOf(Supplier<T>... generators) {
        return generators[random.nextInt(generators.length)].get();
    }
}
