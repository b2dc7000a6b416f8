package org.newsarchive.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Real HTTP to the test's server, so that Spring Boot's error pages and the servlet container take part. */
public final class LocalServer {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LocalServer() {
    }

    public static HttpResponse<String> fetch(int port, String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends {@code target} exactly as given, raw characters such as {@code |} included, which browsers send
     * but Java's HTTP client refuses to; returns the whole response, status line first.
     */
    public static String fetchRaw(int port, String target) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
