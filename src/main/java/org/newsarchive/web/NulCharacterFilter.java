package org.newsarchive.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * PostgreSQL cannot hold the NUL character in text, so no request may carry one to it: an address
 * with one is a bad request, and in parameters it becomes U+FFFD, the character for one that cannot
 * be represented, which matches nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NulCharacterFilter extends OncePerRequestFilter {

    static final char NUL = '\u0000';
    static final String REPLACEMENT = "\ufffd";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getRequestURI().indexOf(NUL) >= 0 || request.getRequestURI().contains("%00")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Addresses may not contain the NUL character.");
            return;
        }
        chain.doFilter(new WithoutNul(request), response);
    }

    private static final class WithoutNul extends HttpServletRequestWrapper {

        WithoutNul(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String value = super.getParameter(name);
            return value == null ? null : value.replace(String.valueOf(NUL), REPLACEMENT);
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null ? null
                    : Arrays.stream(values).map(value -> value.replace(String.valueOf(NUL), REPLACEMENT)).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> parameters = new LinkedHashMap<>();
            super.getParameterMap().keySet().forEach(name -> parameters.put(name, getParameterValues(name)));
            return Collections.unmodifiableMap(parameters);
        }
    }
}
