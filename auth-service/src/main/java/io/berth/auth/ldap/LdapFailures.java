package io.berth.auth.ldap;

import java.util.EnumSet;
import java.util.Set;

import org.apache.directory.api.ldap.model.message.ResultCodeEnum;

/** Turns library failures into Berth's two outcomes: a refused login or an unavailable directory. */
final class LdapFailures {

    /** Bind answers that mean "not this user with this password", never "directory broken". */
    private static final Set<ResultCodeEnum> REFUSALS = EnumSet.of(
            ResultCodeEnum.INVALID_CREDENTIALS,
            ResultCodeEnum.INVALID_DN_SYNTAX,
            ResultCodeEnum.NO_SUCH_OBJECT,
            ResultCodeEnum.INAPPROPRIATE_AUTHENTICATION,
            ResultCodeEnum.UNWILLING_TO_PERFORM,
            ResultCodeEnum.INSUFFICIENT_ACCESS_RIGHTS,
            ResultCodeEnum.CONSTRAINT_VIOLATION);

    private LdapFailures() {
    }

    static boolean isRefusal(ResultCodeEnum code) {
        return REFUSALS.contains(code);
    }

    /**
     * Wraps a failure with a reason fit for a log line: the failing step and the library's
     * message, with the password cut out should a message ever echo it.
     */
    static LdapUnavailableException unavailable(String step, Throwable cause, String secret) {
        if (cause instanceof LdapUnavailableException already) {
            return already;
        }
        String detail = cause == null ? "" : cause.getClass().getSimpleName() + ": " + rootMessage(cause);
        if (secret != null && !secret.isEmpty()) {
            detail = detail.replace(secret, "***");
        }
        return new LdapUnavailableException("ldap " + step + " failed: " + detail, cause);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = String.valueOf(t.getMessage());
        return root == t ? top : top + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
