package org.newsarchive.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure to reach PostgreSQL, however deep it is wrapped: such a request is answered
 * with 503 and a hint to retry, and the pool reconnects by itself once the database is back.
 */
final class DatabaseUnavailable {

    static final String RETRY_AFTER_SECONDS = "30";

    private static final Set<Class<? extends Throwable>> CAUSES = Set.of(DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class, JDBCConnectionException.class, SQLTransientConnectionException.class,
            ConnectException.class);

    private DatabaseUnavailable() {
    }

    static boolean causes(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Throwable current = cause;
            if (CAUSES.stream().anyMatch(type -> type.isInstance(current)) || lostConnection(current)) {
                return true;
            }
        }
        return false;
    }

    /** SQL states of a connection that failed or was cut: class 08, and PostgreSQL's shutdown states 57P01 to 57P03. */
    private static boolean lostConnection(Throwable failure) {
        return failure instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }
}
