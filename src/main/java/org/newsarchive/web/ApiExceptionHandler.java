package org.newsarchive.web;

import org.newsarchive.article.ArticleNotFoundException;
import org.newsarchive.article.InvalidDateRangeException;
import org.newsarchive.outlet.UnknownOutletException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the JSON API into an RFC 9457 problem detail. Pages keep Spring Boot's error
 * views, so this applies to REST controllers only.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler({ArticleNotFoundException.class, UnknownOutletException.class, InvalidDateRangeException.class})
    ProblemDetail archiveLookupFailed(RuntimeException exception) {
        ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(exception.getClass(), ResponseStatus.class);
        return ProblemDetail.forStatusAndDetail(status.code(), exception.getMessage());
    }
}
