package io.berth.ui.console.identity;

import io.berth.common.harbor.AccountRefusal;

/**
 * auth-service refuses an account change with one of common's {@link AccountRefusal}s; the console
 * says each in the visitor's language (the switch names every refusal, so a new one cannot go
 * unsaid). A refusal not on the list is shown with auth-service's own words.
 */
public final class AccountErrors {

    /** The localized message key (a {@code Msg} method) and, when unrecognized, auth-service's words. */
    public record Shown(String key, String detail) {
    }

    private AccountErrors() {
    }

    public static Shown of(IdentityRefusal r) {
        if (r.status() >= 500) {
            return new Shown("error_unavailable", null);
        }
        return AccountRefusal.of(r.status(), r.getMessage()).map(refusal -> new Shown(key(refusal), null))
                .orElseGet(() -> new Shown(r.status() == 403 ? "error_forbidden" : "error_refused",
                        r.getMessage() == null ? "" : r.getMessage()));
    }

    static String key(AccountRefusal refusal) {
        return switch (refusal) {
            case USERNAME_REQUIRED -> "error_username_required";
            case USERNAME_TOO_LONG, USERNAME_PADDED, USERNAME_FORBIDDEN_CHARACTER, USERNAME_CONTROL_CHARACTER ->
                    "error_username_invalid";
            case USERNAME_TAKEN -> "error_username_taken";
            case PASSWORD_REQUIRED, PASSWORD_LENGTH, PASSWORD_CLASSES -> "error_password_rules";
            case EMAIL_INVALID -> "error_email_invalid";
            case EMAIL_TAKEN -> "error_email_taken";
            case REALNAME_TOO_LONG, COMMENT_TOO_LONG -> "error_text_too_long";
            case OLD_PASSWORD_REQUIRED, OLD_PASSWORD_WRONG -> "error_old_password_wrong";
            case PASSWORD_UNCHANGED -> "error_password_same";
            case LDAP_PASSWORD -> "error_ldap_password";
            case ADMIN_UNDELETABLE, SELF_DELETE, SYSADMIN_FLAG_FIXED -> "error_user_protected";
        };
    }
}
