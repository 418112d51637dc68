package io.berth.common.internal;

/**
 * Who a caller is, as auth-service answers {@code /internal/v1/authenticate} and user look-ups,
 * and as auth-service tells ui-service in an access question. {@code userId} is auth-service's
 * id (admin is 1); an anonymous caller is {@link #ANONYMOUS}.
 */
public record Principal(long userId, String username, boolean sysadmin) {

    public static final Principal ANONYMOUS = new Principal(0, "", false);

    public boolean anonymous() {
        return userId == 0;
    }
}
