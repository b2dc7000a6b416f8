package org.newsarchive.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages whose database is out of reach get the error page with 503 and a time to retry. Other data
 * failures are rethrown to Spring Boot's error handling, which answers with the error page and no
 * internals. The JSON API's own handler comes first for REST controllers.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ModelAndView failed(RuntimeException failure, HttpServletResponse response) {
        if (!DatabaseUnavailable.causes(failure)) {
            throw failure;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        ModelAndView page = new ModelAndView("error", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        return page;
    }
}
