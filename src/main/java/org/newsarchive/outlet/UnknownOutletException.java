package org.newsarchive.outlet;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A filter named an outlet the archive does not know. */
public class UnknownOutletException extends ErrorResponseException {

    public UnknownOutletException(String slug) {
        super(HttpStatus.BAD_REQUEST);
        setDetail("No outlet with slug '" + slug + "'");
    }
}
