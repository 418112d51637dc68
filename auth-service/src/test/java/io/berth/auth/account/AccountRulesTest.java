package io.berth.auth.account;

import io.berth.auth.user.PasswordHasher;
import io.berth.common.harbor.HarborError;
import io.berth.common.harbor.HarborException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountRulesTest {

    private static String rejection(Runnable check) {
        HarborException e = assertThrows(HarborException.class, check::run);
        assertEquals(HarborError.BAD_REQUEST, e.error());
        return e.getMessage();
    }

    @Test
    void passwordsNeedLengthAndThreeKindsOfCharacter() {
        assertDoesNotThrow(() -> AccountRules.checkPassword("Harbor12345"));
        assertDoesNotThrow(() -> AccountRules.checkPassword("Aa345678"));
        assertTrue(rejection(() -> AccountRules.checkPassword("Aa34567")).contains("8 to 128"));
        assertTrue(rejection(() -> AccountRules.checkPassword("Aa1" + "x".repeat(126))).contains("8 to 128"));
        assertTrue(rejection(() -> AccountRules.checkPassword("harbor12345")).contains("upper-case"));
        assertTrue(rejection(() -> AccountRules.checkPassword("HARBOR12345")).contains("lower-case"));
        assertTrue(rejection(() -> AccountRules.checkPassword("HarborHarbor")).contains("digit"));
        assertTrue(rejection(() -> AccountRules.checkPassword("")).contains("required"));
    }

    @Test
    void userNamesRefuseHarborsSpecialCharacters() {
        assertDoesNotThrow(() -> AccountRules.checkUsername("alice.smith-1"));
        assertDoesNotThrow(() -> AccountRules.checkUsername("x".repeat(255)));
        for (char c : ",\"~#%$".toCharArray()) {
            assertTrue(rejection(() -> AccountRules.checkUsername("bad" + c + "name")).contains("must not contain"));
        }
        // the refusal names exactly the characters refused
        assertTrue(rejection(() -> AccountRules.checkUsername("bad,name")).endsWith(AccountRules.FORBIDDEN_NAME_CHARS));
        assertTrue(rejection(() -> AccountRules.checkUsername("x".repeat(256))).contains("255"));
        assertTrue(rejection(() -> AccountRules.checkUsername("")).contains("required"));
    }

    @Test
    void emailIsOptionalButMustLookLikeOne() {
        assertDoesNotThrow(() -> AccountRules.checkEmail(null));
        assertDoesNotThrow(() -> AccountRules.checkEmail("a@example.com"));
        assertTrue(rejection(() -> AccountRules.checkEmail("not-an-email")).contains("e-mail"));
    }

    @Test
    void hashesAreSaltedAndEveryCharacterCounts() {
        PasswordHasher hasher = new PasswordHasher();
        String a = hasher.hash("Harbor12345");
        String b = hasher.hash("Harbor12345");
        assertFalse(a.equals(b), "salted: two hashes of one password differ");
        assertTrue(hasher.matches("Harbor12345", a));
        assertTrue(hasher.matches("Harbor12345", b));
        assertFalse(hasher.matches("Harbor12346", a));
        // beyond bcrypt's 72 bytes
        String longOne = "Aa1" + "x".repeat(100);
        String hash = hasher.hash(longOne + "y");
        assertTrue(hasher.matches(longOne + "y", hash));
        assertFalse(hasher.matches(longOne + "z", hash));
        assertFalse(hasher.matches("Harbor12345", null));
    }
}
