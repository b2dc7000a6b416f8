package org.newsarchive.compare;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class InvalidComparisonException extends ErrorResponseException {

    InvalidComparisonException(CompareSelection selection) {
        super(HttpStatus.BAD_REQUEST);
        setDetail(String.join(" ", selection.problems()));
    }
}
