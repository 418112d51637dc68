package io.berth.common.token;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsrfRuleTest {

    @Test
    void onlyMethodsThatChangeNothingGoWithoutTheToken() {
        for (String method : new String[] {"GET", "HEAD", "OPTIONS"}) {
            assertTrue(CsrfRule.satisfied(method, "t0ken", null), method);
        }
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE", "get", "TRACE", ""}) {
            assertFalse(CsrfRule.satisfied(method, "t0ken", null), method);
            assertFalse(CsrfRule.satisfied(method, "t0ken", "other"), method);
            assertTrue(CsrfRule.satisfied(method, "t0ken", "t0ken"), method);
        }
    }

    @Test
    void aTokenMatchesOnlyAnIdenticalNonEmptyOne() {
        assertTrue(CsrfRule.matches("t0ken", "t0ken"));
        assertFalse(CsrfRule.matches("t0ken", "t0ke"));
        assertFalse(CsrfRule.matches("t0ken", "T0KEN"));
        assertFalse(CsrfRule.matches("", ""), "a session without a token is never satisfied");
        assertFalse(CsrfRule.matches(null, null));
        assertFalse(CsrfRule.matches("t0ken", null));
    }
}
