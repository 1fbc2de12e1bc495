package org.dealerplatform.devstack;

import java.util.Optional;

/**
 * A database the operator runs, named by {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD}
 * (the platform's own settings), for example the Galera cluster's HAProxy
 * ({@code platform-devstack/galera/galera.sh env} prints them). Never stopped from here.
 */
public record ExternalDatabase(String jdbcUrl, String user, String password) implements PlatformDatabase {

    /** The database named in the environment, if {@code DB_URL} is set. */
    public static Optional<ExternalDatabase> fromEnvironment() {
        String url = System.getenv("DB_URL");
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String user = System.getenv("DB_USER");
        String password = System.getenv("DB_PASSWORD");
        if (user == null || user.isBlank() || password == null || password.isBlank()) {
            throw new IllegalArgumentException("DB_URL is set: set DB_USER and DB_PASSWORD as well");
        }
        return Optional.of(new ExternalDatabase(url, user, password));
    }

    @Override
    public void stop() {
    }

    @Override
    public String toString() {
        return "the database at " + jdbcUrl;
    }
}
