package org.newsarchive.article;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

public class ArticleNotFoundException extends ErrorResponseException {

    public ArticleNotFoundException(long id) {
        super(HttpStatus.NOT_FOUND);
        setDetail("No article with id " + id);
    }
}
