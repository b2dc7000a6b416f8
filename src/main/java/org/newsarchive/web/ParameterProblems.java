package org.newsarchive.web;

import java.util.List;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Readable messages for parameters that could not be bound or are out of bounds, never exception texts. */
public final class ParameterProblems {

    private ParameterProblems() {
    }

    public static List<String> of(BindingResult binding) {
        return binding.getAllErrors().stream().map(ParameterProblems::message).distinct().toList();
    }

    private static String message(ObjectError error) {
        if (error instanceof FieldError field && field.isBindingFailure()) {
            return "'" + field.getRejectedValue() + "' is not a valid " + field.getField()
                    + (field.getField().equals("from") || field.getField().equals("to") ? " date (YYYY-MM-DD)." : ".");
        }
        return error.getDefaultMessage();
    }
}
