package io.berth.common.harbor;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why auth-service refuses an account change, as Harbor's API says it: a catalogue code and an
 * English message. auth-service raises them from here and the web console (ui-service) recognises
 * them from here to say them in the visitor's language, so the two services agree on the list,
 * not on English text copied into each. A message with {@code %s} names the account or address.
 */
public enum AccountRefusal {
    USERNAME_REQUIRED(HarborError.BAD_REQUEST, "username is required"),
    USERNAME_TOO_LONG(HarborError.BAD_REQUEST, "username must be at most 255 characters"),
    USERNAME_PADDED(HarborError.BAD_REQUEST, "username must not start or end with white space"),
    USERNAME_FORBIDDEN_CHARACTER(HarborError.BAD_REQUEST, "username must not contain any of ,\"~#%%$"),
    USERNAME_CONTROL_CHARACTER(HarborError.BAD_REQUEST, "username must not contain control characters"),
    USERNAME_TAKEN(HarborError.CONFLICT, "username %s is already taken"),
    PASSWORD_REQUIRED(HarborError.BAD_REQUEST, "password is required"),
    PASSWORD_LENGTH(HarborError.BAD_REQUEST, "password must be 8 to 128 characters long"),
    PASSWORD_CLASSES(HarborError.BAD_REQUEST,
            "password must contain at least one upper-case letter, one lower-case letter and one digit"),
    EMAIL_INVALID(HarborError.BAD_REQUEST, "email is not a valid e-mail address"),
    EMAIL_TAKEN(HarborError.CONFLICT, "email %s is already taken"),
    REALNAME_TOO_LONG(HarborError.BAD_REQUEST, "realname must be at most 255 characters"),
    COMMENT_TOO_LONG(HarborError.BAD_REQUEST, "comment must be at most 255 characters"),
    OLD_PASSWORD_REQUIRED(HarborError.BAD_REQUEST, "old_password is required"),
    OLD_PASSWORD_WRONG(HarborError.FORBIDDEN, "the current password is incorrect"),
    PASSWORD_UNCHANGED(HarborError.BAD_REQUEST, "the new password must differ from the old one"),
    LDAP_PASSWORD(HarborError.FORBIDDEN, "the user is an LDAP user, the password cannot be changed in Berth"),
    ADMIN_UNDELETABLE(HarborError.FORBIDDEN, "the admin user cannot be deleted"),
    SELF_DELETE(HarborError.FORBIDDEN, "you cannot delete yourself"),
    SYSADMIN_FLAG_FIXED(HarborError.FORBIDDEN, "the system administrator flag of this account cannot be changed");

    private final HarborError error;
    private final String template;
    private final Pattern said;

    AccountRefusal(HarborError error, String template) {
        this.error = error;
        this.template = template;
        String[] parts = template.split("%s", -1);
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            regex.append(i == 0 ? "" : ".*").append(Pattern.quote(parts[i].replace("%%", "%")));
        }
        this.said = Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** The refusal to throw; {@code subject} fills the message's {@code %s}, if it has one. */
    public HarborException exception(Object... subject) {
        return new HarborException(error, String.format(template, subject));
    }

    public HarborError error() {
        return error;
    }

    /** The refusal a Harbor error body of auth-service's says, if it is one of these. */
    public static Optional<AccountRefusal> of(int status, String message) {
        if (message == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(r -> r.error.status() == status && r.said.matcher(message).matches())
                .findFirst();
    }
}
