package io.berth.common.internal;

/** The body of a POST to auth-service's {@code /internal/v1/authenticate}. */
public record Credentials(String username, String password) {

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=***]";
    }
}
