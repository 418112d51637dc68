package io.berth.common.internal;

/**
 * The body of a POST to auth-service's {@code /internal/v1/authenticate}: a REST API caller's
 * Basic credentials, and the address that caller connects from as ui-service determined it (see
 * {@code ClientAddress}), so failed guesses are counted against the caller, not the account.
 */
public record Credentials(String username, String password, String clientAddress) {

    @Override
    public String toString() {
        return "Credentials[username=" + username + ", password=***, clientAddress=" + clientAddress + "]";
    }
}
