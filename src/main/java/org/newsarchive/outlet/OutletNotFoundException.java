package org.newsarchive.outlet;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An address named an outlet the archive does not know. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OutletNotFoundException extends RuntimeException {

    OutletNotFoundException(String slug) {
        super("No outlet with slug '" + slug + "'");
    }
}
