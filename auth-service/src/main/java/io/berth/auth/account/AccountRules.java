package io.berth.auth.account;

import io.berth.common.harbor.AccountRefusal;
import java.util.regex.Pattern;

/** Harbor's db_auth rules for user names, passwords and profile fields (docs/protocols.md §5). */
public final class AccountRules {

    static final String FORBIDDEN_NAME_CHARS = ",\"~#%$";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private AccountRules() {
    }

    public static void checkUsername(String username) {
        if (username == null || username.isEmpty()) {
            throw AccountRefusal.USERNAME_REQUIRED.exception();
        }
        if (username.length() > 255) {
            throw AccountRefusal.USERNAME_TOO_LONG.exception();
        }
        if (!username.strip().equals(username)) {
            throw AccountRefusal.USERNAME_PADDED.exception();
        }
        for (char c : FORBIDDEN_NAME_CHARS.toCharArray()) {
            if (username.indexOf(c) >= 0) {
                throw AccountRefusal.USERNAME_FORBIDDEN_CHARACTER.exception();
            }
        }
        if (username.chars().anyMatch(Character::isISOControl)) {
            throw AccountRefusal.USERNAME_CONTROL_CHARACTER.exception();
        }
    }

    public static void checkPassword(String password) {
        if (password == null || password.isEmpty()) {
            throw AccountRefusal.PASSWORD_REQUIRED.exception();
        }
        if (password.length() < 8 || password.length() > 128) {
            throw AccountRefusal.PASSWORD_LENGTH.exception();
        }
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!upper || !lower || !digit) {
            throw AccountRefusal.PASSWORD_CLASSES.exception();
        }
    }

    /** E-mail is optional; when given it must look like one. */
    public static void checkEmail(String email) {
        if (email == null || email.isEmpty()) {
            return;
        }
        if (email.length() > 255 || !EMAIL.matcher(email).matches()) {
            throw AccountRefusal.EMAIL_INVALID.exception();
        }
    }

    public static void checkRealname(String value) {
        checkText(value, AccountRefusal.REALNAME_TOO_LONG);
    }

    public static void checkComment(String value) {
        checkText(value, AccountRefusal.COMMENT_TOO_LONG);
    }

    private static void checkText(String value, AccountRefusal tooLong) {
        if (value != null && value.length() > 255) {
            throw tooLong.exception();
        }
    }
}
