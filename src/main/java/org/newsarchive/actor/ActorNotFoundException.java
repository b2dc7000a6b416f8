package org.newsarchive.actor;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class ActorNotFoundException extends ErrorResponseException {

    public ActorNotFoundException(String slug) {
        super(HttpStatus.NOT_FOUND);
        setDetail("No actor with slug '" + slug + "'");
    }
}
