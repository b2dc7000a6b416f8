package org.newsarchive.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** An address naming a day or month that is not YYYY-MM-DD or YYYY-MM, or no such date. */
class MalformedDateException extends ErrorResponseException {

    MalformedDateException(String value) {
        super(HttpStatus.BAD_REQUEST);
        setDetail("Not a date (YYYY-MM-DD) or month (YYYY-MM): " + value);
    }
}
