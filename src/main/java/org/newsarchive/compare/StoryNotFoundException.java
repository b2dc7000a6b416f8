package org.newsarchive.compare;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** An address named a story the archive does not have. */
public class StoryNotFoundException extends ErrorResponseException {

    StoryNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND);
        setDetail("No story with id " + id);
    }
}
