package org.newsarchive.search;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class UnknownFilterValueException extends ErrorResponseException {

    UnknownFilterValueException(Map<Facet, Set<String>> unknown) {
        super(HttpStatus.BAD_REQUEST);
        setDetail(unknown.entrySet().stream()
                .map(entry -> "No " + entry.getKey().param() + " " + String.join(", ", entry.getValue().stream().sorted().toList()))
                .collect(Collectors.joining("; ", "", ".")));
    }
}
