package org.newsarchive.article;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class InvalidDateRangeException extends ErrorResponseException {

    InvalidDateRangeException(LocalDate from, LocalDate to) {
        super(HttpStatus.BAD_REQUEST);
        setDetail("The range starts on " + from + ", after it ends on " + to + ".");
    }
}
