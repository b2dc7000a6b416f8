package org.newsarchive.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code news-archive.admin.*}: the one account that may add coverage and rebuild the index. The
 * password may be given encoded ({@code {bcrypt}$2a$...}) or plain, which is encoded at start.
 */
@ConfigurationProperties("news-archive.admin")
record AdminAccountProperties(String username, String password) {

    AdminAccountProperties {
        if (username == null || username.isBlank()) {
            username = "admin";
        }
    }
}
