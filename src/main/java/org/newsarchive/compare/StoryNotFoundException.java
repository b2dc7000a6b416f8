package org.newsarchive.compare;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An address named a story the archive does not have. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class StoryNotFoundException extends RuntimeException {

    StoryNotFoundException(long id) {
        super("No story with id " + id);
    }
}
