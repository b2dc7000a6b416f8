package org.newsarchive.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An address naming a day or month that is not YYYY-MM-DD or YYYY-MM, or no such date. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
class MalformedDateException extends RuntimeException {

    MalformedDateException(String value) {
        super("Not a date (YYYY-MM-DD) or month (YYYY-MM): " + value);
    }
}
