package io.berth.ui.console.identity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * auth-service states its account rules in English messages; the console shows them in the
 * visitor's language by recognizing them here. A message not recognized is shown as it came.
 */
public final class AccountErrors {

    /** The localized message key (a {@code Msg} method) and, when unrecognized, auth-service's words. */
    public record Shown(String key, String detail) {
    }

    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("username is required", "error_username_required");
        PREFIXES.put("username must", "error_username_invalid");
        PREFIXES.put("password is required", "error_password_rules");
        PREFIXES.put("password must", "error_password_rules");
        PREFIXES.put("email is not", "error_email_invalid");
        PREFIXES.put("realname must", "error_text_too_long");
        PREFIXES.put("comment must", "error_text_too_long");
        PREFIXES.put("the current password is incorrect", "error_old_password_wrong");
        PREFIXES.put("old_password is required", "error_old_password_wrong");
        PREFIXES.put("the new password must differ", "error_password_same");
        PREFIXES.put("the user is an LDAP user", "error_ldap_password");
        PREFIXES.put("the admin user cannot be deleted", "error_user_protected");
        PREFIXES.put("you cannot delete yourself", "error_user_protected");
        PREFIXES.put("the system administrator flag of this account", "error_user_protected");
    }

    private AccountErrors() {
    }

    public static Shown of(IdentityRefusal r) {
        String m = r.getMessage() == null ? "" : r.getMessage();
        if (r.status() == 409) {
            return new Shown(m.startsWith("email") ? "error_email_taken" : "error_username_taken", null);
        }
        if (r.status() >= 500) {
            return new Shown("error_unavailable", null);
        }
        for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
            if (m.startsWith(e.getKey())) {
                return new Shown(e.getValue(), null);
            }
        }
        return new Shown(r.status() == 403 ? "error_forbidden" : "error_refused", m);
    }
}
