package org.newsarchive.support;

/** The admin account every test context is configured with. */
public final class AdminAccount {

    public static final String USERNAME = "editor";
    public static final String PASSWORD = "correct horse battery staple";

    private AdminAccount() {
    }
}
