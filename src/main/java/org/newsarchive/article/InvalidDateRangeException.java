package org.newsarchive.article;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidDateRangeException extends RuntimeException {

    InvalidDateRangeException(LocalDate from, LocalDate to) {
        super("The range starts on " + from + ", after it ends on " + to + ".");
    }
}
