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
    private static final String CLOSED_BY_POOL = "Connection is closed";

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

    /**
     * SQL states of a connection that failed or was cut (class 08, and PostgreSQL's shutdown states
     * 57P01 to 57P03), and the stateless error of the pool's handle on a connection it has already
     * closed as broken, which is what a rollback after a cut connection meets.
     */
    private static boolean lostConnection(Throwable failure) {
        if (!(failure instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        return state == null ? CLOSED_BY_POOL.equals(sql.getMessage()) : state.startsWith("08") || state.startsWith("57P");
    }
}
