package io.berth.common.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The user name and password of an {@code Authorization: Basic} header (RFC 7617): base64 of
 * {@code user-id ":" password}, split at the first colon, since a user-id never holds one.
 * One reading for every service, so a header never means one user here and another there.
 */
public record BasicCredentials(String username, String password) {

    private static final String SCHEME = "basic ";

    /**
     * Empty when the header is absent or of another scheme. A Basic header that does not decode,
     * or has no colon, gives credentials that are not {@link #complete()}: a failed login, never
     * an anonymous caller.
     */
    public static Optional<BasicCredentials> parse(String authorization) {
        if (authorization == null || authorization.length() < SCHEME.length()
                || !authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(SCHEME.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.of(new BasicCredentials("", ""));
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.of(new BasicCredentials("", ""));
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    /** The {@code Authorization} header value that sends these credentials. */
    public String header() {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Both a user name and a password: worth checking at all. */
    public boolean complete() {
        return !username.isEmpty() && !password.isEmpty();
    }

    @Override
    public String toString() {
        return "BasicCredentials[username=" + username + ", password=***]";
    }
}
