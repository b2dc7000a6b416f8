package org.newsarchive.compare;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidComparisonException extends RuntimeException {

    InvalidComparisonException(CompareSelection selection) {
        super(String.join(" ", selection.problems()));
    }
}
