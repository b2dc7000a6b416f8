package org.newsarchive.demand;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class DemandNotFoundException extends RuntimeException {

    public DemandNotFoundException(String slug) {
        super("No demand with slug '" + slug + "'");
    }
}
