package org.newsarchive.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * Shows the admin password made for this run, when none is configured, in a frame of its own once the
 * archive has started: someone who started it by hand finds it below the start's hundred-odd log lines.
 * Where the output is not a terminal (a service, a log file), it also says how to set a lasting one.
 */
class GeneratedPasswordNotice implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(GeneratedPasswordNotice.class);

    private String username;
    private String password;

    void show(String username, String password) {
        this.username = username;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (password != null) {
            log.warn("{}", text(System.console() != null));
        }
    }

    String text(boolean terminal) {
        List<String> lines = new ArrayList<>(List.of(
                "No admin password is configured, so this run has its own:",
                "",
                "    user       " + username,
                "    password   " + password,
                "",
                "It is valid until the archive stops."));
        if (!terminal) {
            lines.addAll(List.of(
                    "To keep one password across starts, set ADMIN_PASSWORD",
                    "(news-archive.admin.password), best encoded: {bcrypt}$2a$10$..."));
        }
        return frame(lines);
    }

    private static String frame(List<String> lines) {
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        String rule = "+" + "-".repeat(width + 4) + "+";
        StringBuilder text = new StringBuilder(System.lineSeparator()).append(rule).append(System.lineSeparator());
        for (String line : lines) {
            text.append("|  ").append(line).append(" ".repeat(width - line.length())).append("  |")
                    .append(System.lineSeparator());
        }
        return text.append(rule).toString();
    }
}
