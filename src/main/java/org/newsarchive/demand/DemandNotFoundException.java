package org.newsarchive.demand;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class DemandNotFoundException extends ErrorResponseException {

    public DemandNotFoundException(String slug) {
        super(HttpStatus.NOT_FOUND);
        setDetail("No demand with slug '" + slug + "'");
    }
}
