package org.newsarchive.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Real HTTP to the test's server, so that Spring Boot's error pages and the servlet container take part. */
public final class LocalServer {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LocalServer() {
    }

    public static HttpResponse<String> fetch(int port, String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
