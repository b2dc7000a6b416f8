package org.newsarchive.search;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.BAD_REQUEST)
public class UnknownFilterValueException extends RuntimeException {

    UnknownFilterValueException(Map<Facet, Set<String>> unknown) {
        super(unknown.entrySet().stream()
                .map(entry -> "No " + entry.getKey().param() + " " + String.join(", ", entry.getValue().stream().sorted().toList()))
                .collect(Collectors.joining("; ", "", ".")));
    }
}
