package org.newsarchive.outlet;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** An address named an outlet the archive does not know. */
public class OutletNotFoundException extends ErrorResponseException {

    public OutletNotFoundException(String slug) {
        super(HttpStatus.NOT_FOUND);
        setDetail("No outlet with slug '" + slug + "'");
    }
}
