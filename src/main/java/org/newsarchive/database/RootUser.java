package org.newsarchive.database;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL refuses to run as root. The embedded server gets round that with a user namespace
 * ({@code unshare -U}) where the host allows one; where it does not, starting must stop at once with
 * a reason rather than fail deep inside initdb.
 */
final class RootUser {

    private RootUser() {
    }

    static void refuseUnlessPostgresCanRun() {
        if (!"root".equals(System.getProperty("user.name")) || userNamespacesWork()) {
            return;
        }
        throw new IllegalStateException("""
                The embedded PostgreSQL cannot start: this process runs as root, PostgreSQL refuses to \
                run as root, and this host does not allow the user namespace ('unshare -U') that would \
                get round it. Run the archive as an ordinary user, or point it at a PostgreSQL server \
                by setting SPRING_DATASOURCE_URL (with SPRING_DATASOURCE_USERNAME and \
                SPRING_DATASOURCE_PASSWORD).""");
    }

    private static boolean userNamespacesWork() {
        try {
            Process unshare = new ProcessBuilder("unshare", "-U", "true").redirectErrorStream(true).start();
            return unshare.waitFor(10, TimeUnit.SECONDS) && unshare.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
