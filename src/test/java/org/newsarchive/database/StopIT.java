package org.newsarchive.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.newsarchive.support.JvmOptions;
import org.newsarchive.support.Slow;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the packaged jar on its embedded PostgreSQL and stops it as a terminal's Ctrl-C does (SIGINT to
 * its whole process group), then again with SIGTERM: each stop must close the application before the
 * database, within the 5 s that {@code spring-boot:run} waits before it kills the application, with no
 * ERROR in the log and no PostgreSQL left running. PostgreSQL refuses to run as root, so as root (CI) the
 * jar runs as an unprivileged user ({@code news-archive.stop-test.user}, by default {@code nobody}).
 */
@Slow
@Execution(ExecutionMode.CONCURRENT)
class StopIT {

    private static final Duration START_LIMIT = Duration.ofMinutes(6);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final boolean root = "root".equals(System.getProperty("user.name"));
    private final String user = System.getProperty("news-archive.stop-test.user", "nobody");
    private Path work;

    @BeforeEach
    void prepare() throws Exception {
        String jar = System.getProperty("news-archive.jar");
        assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)),
                "needs the packaged jar, which ./mvnw verify builds and names in news-archive.jar");
        assumeTrue(System.getProperty("os.name").equals("Linux") && works("setsid", "env", "--default-signal=INT", "true"),
                "needs Linux's setsid and env --default-signal (GNU coreutils 8.31 or newer)");
        if (root) {
            assumeTrue(works("runuser", "-u", user, "--", "true"),
                    "runs as root, and 'runuser -u " + user + "' does not work here: PostgreSQL will not run as root");
        }
        work = Files.createTempDirectory("news-archive-stop");
        Files.copy(Path.of(jar), work.resolve("app.jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(work.resolve("tmp"));
        if (root) {
            assertThat(run("chown", "-R", user, work.toString())).isZero();
        }
    }

    @AfterEach
    void removeWorkDirectory() throws IOException {
        if (work != null) {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    @Test
    void ctrlCAndSigtermStopTheApplicationBeforeItsDatabaseWithinFiveSeconds() throws Exception {
        stopsCleanly("INT", 130, "first.log");
        stopsCleanly("TERM", 143, "second.log");
    }

    private void stopsCleanly(String signal, int exitStatus, String logName) throws Exception {
        Path log = work.resolve(logName);
        int port = freePort();
        Process app = start(port, log);
        try {
            awaitReady(app, port, log);
            long processGroup = processGroupLeader(app);

            long signalled = System.nanoTime();
            assertThat(run("kill", "-" + signal, "--", "-" + processGroup)).isZero();
            boolean stopped = app.waitFor(STOP_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            Duration stop = Duration.ofNanos(System.nanoTime() - signalled);
            System.out.printf("SIG%s: stopped in %d ms with exit status %s%n", signal, stop.toMillis(),
                    stopped ? app.exitValue() : "(still running)");

            String text = Files.readString(log);
            assertThat(stopped).as("stopped within %s; log:%n%s", STOP_LIMIT, text).isTrue();
            assertThat(app.exitValue()).as("exit status; log:%n%s", text).isEqualTo(exitStatus);
            assertThat(text.lines().filter(line -> line.contains(" ERROR ")))
                    .as("ERROR lines").isEmpty();
            assertThat(text).containsSubsequence("HikariPool-1 - Shutdown completed", "shut down postmaster");
            assertThat(work.resolve("data/postgres/postmaster.pid")).as("PostgreSQL left running").doesNotExist();
            assertThat(work.resolve("tmp/embedded-pg")).doesNotExist();
            assertThat(Files.getPosixFilePermissions(work.resolve("data/postgres-binaries")))
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        } finally {
            app.destroyForcibly();
        }
    }

    private Process start(int port, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", user, "--"));
        }
        // Its own process group, as a terminal gives a command, with the signals a shell's background job
        // would have ignored set back to their defaults.
        command.addAll(List.of("setsid", "env", "--default-signal=INT,TERM",
                "-u", "SPRING_DATASOURCE_URL", "-u", "SPRING_DATASOURCE_USERNAME", "-u", "SPRING_DATASOURCE_PASSWORD",
                "-u", "SPRING_PROFILES_ACTIVE",
                "DATA_DIR=" + work.resolve("data"), "PORT=" + port,
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JvmOptions.ofTests());
        command.addAll(List.of("-Djava.io.tmpdir=" + work.resolve("tmp"), "-jar", work.resolve("app.jar").toString()));
        return new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Ready means started, index rebuild and all: the home page is served before, while the index fills. */
    private void awaitReady(Process app, int port, Path log) throws Exception {
        HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(app.isAlive()).as("the archive stopped while starting; log:%n%s", Files.readString(log)).isTrue();
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build();
                    assertThat(http.send(home, HttpResponse.BodyHandlers.ofString()).body())
                            .contains("NATO and US make final adjustments in response to Russian demands");
                    return;
                }
            } catch (IOException notYetListening) {
                // starting: not listening yet, or too busy to answer
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within " + START_LIMIT + "; log:\n" + Files.readString(log));
    }

    /** The process that setsid made the leader of the archive's process group: runuser's child, as root. */
    private long processGroupLeader(Process app) throws InterruptedException {
        if (!root) {
            return app.pid();
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            var child = app.toHandle().children().findFirst();
            if (child.isPresent()) {
                return child.get().pid();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("runuser started no process");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean works(String... command) throws InterruptedException {
        try {
            return run(command) == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
