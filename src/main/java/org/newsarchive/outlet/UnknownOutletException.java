package org.newsarchive.outlet;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A filter named an outlet the archive does not know. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class UnknownOutletException extends RuntimeException {

    public UnknownOutletException(String slug) {
        super("No outlet with slug '" + slug + "'");
    }
}
