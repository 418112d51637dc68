package io.berth.auth.account;

import io.berth.common.harbor.HarborException;
import java.util.regex.Pattern;

/** Harbor's db_auth rules for user names, passwords and profile fields (docs/protocols.md §5). */
public final class AccountRules {

    static final String FORBIDDEN_NAME_CHARS = ",\"~#%$";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private AccountRules() {
    }

    public static void checkUsername(String username) {
        if (username == null || username.isEmpty()) {
            throw HarborException.badRequest("username is required");
        }
        if (username.length() > 255) {
            throw HarborException.badRequest("username must be at most 255 characters");
        }
        if (!username.strip().equals(username)) {
            throw HarborException.badRequest("username must not start or end with white space");
        }
        for (char c : FORBIDDEN_NAME_CHARS.toCharArray()) {
            if (username.indexOf(c) >= 0) {
                throw HarborException.badRequest("username must not contain any of " + FORBIDDEN_NAME_CHARS);
            }
        }
        if (username.chars().anyMatch(Character::isISOControl)) {
            throw HarborException.badRequest("username must not contain control characters");
        }
    }

    public static void checkPassword(String password) {
        if (password == null || password.isEmpty()) {
            throw HarborException.badRequest("password is required");
        }
        if (password.length() < 8 || password.length() > 128) {
            throw HarborException.badRequest("password must be 8 to 128 characters long");
        }
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!upper || !lower || !digit) {
            throw HarborException.badRequest(
                    "password must contain at least one upper-case letter, one lower-case letter and one digit");
        }
    }

    /** E-mail is optional; when given it must look like one. */
    public static void checkEmail(String email) {
        if (email == null || email.isEmpty()) {
            return;
        }
        if (email.length() > 255 || !EMAIL.matcher(email).matches()) {
            throw HarborException.badRequest("email is not a valid e-mail address");
        }
    }

    public static void checkText(String field, String value) {
        if (value != null && value.length() > 255) {
            throw HarborException.badRequest(field + " must be at most 255 characters");
        }
    }
}
