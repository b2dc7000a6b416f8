package org.newsarchive.web;

/**
 * The names of the parts of the OpenAPI description that are described once and referred to from the
 * controllers' annotations: the problem-detail responses and schemas, and the admin account's security scheme.
 */
public final class ApiComponents {

    public static final String ADMIN = "admin";
    public static final String BAD_REQUEST = "BadRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String NOT_FOUND = "NotFound";
    public static final String UNAVAILABLE = "ServiceUnavailable";
    public static final String IMPORT_REFUSED = "ImportRefused";
    public static final String IMPORT_TOO_LARGE = "ImportTooLarge";
    public static final String SEARCH_EXPORT = "SearchExport";

    private ApiComponents() {
    }
}
