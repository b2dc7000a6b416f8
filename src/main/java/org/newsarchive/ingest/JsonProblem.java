package org.newsarchive.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Why a JSON input could not be read, in the importer's words: for a value of the wrong kind Jackson's
 * own message names Java types and the exception it caught, which an answer must not carry.
 */
final class JsonProblem {

    private JsonProblem() {
    }

    static String of(JacksonException problem) {
        if (!(problem instanceof MismatchedInputException mismatch)) {
            return problem.getOriginalMessage();
        }
        String field = problem.getPath().stream().map(JacksonException.Reference::getPropertyName)
                .filter(Objects::nonNull).collect(Collectors.joining("."));
        if (field.isEmpty()) {
            return "it is not a JSON object.";
        }
        String found = problem instanceof InvalidFormatException invalid ? "is \"" + invalid.getValue() + "\", " : "is ";
        return "its \"" + field + "\" " + found + "not " + (LocalDate.class.equals(mismatch.getTargetType())
                ? "a date written as YYYY-MM-DD." : "a value of the kind expected there.");
    }
}
