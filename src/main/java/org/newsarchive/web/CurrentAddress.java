package org.newsarchive.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriUtils;

/**
 * The address of the request being answered, relative (so that it holds behind a proxy), with its query
 * parameters changed. Parameters are decoded before the change and encoded strictly after it, so that
 * characters a browser sends raw, such as {@code |}, come back encoded rather than failing the page.
 */
public final class CurrentAddress {

    private CurrentAddress() {
    }

    /** @param change receives the decoded parameters, in the order they were sent, to change in place */
    public static String with(Consumer<MultiValueMap<String, String>> change) {
        UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().build();
        MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
        current.getQueryParams().forEach((name, values) -> values.forEach(value ->
                parameters.add(decode(name), value == null ? "" : decode(value))));
        change.accept(parameters);
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, values) -> values.forEach(value -> query.append(query.isEmpty() ? "?" : "&")
                .append(UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8)).append('=')
                .append(UriUtils.encode(value, StandardCharsets.UTF_8))));
        return current.getPath() + query;
    }

    private static String decode(String encoded) {
        return UriUtils.decode(encoded.replace('+', ' '), StandardCharsets.UTF_8);
    }
}
