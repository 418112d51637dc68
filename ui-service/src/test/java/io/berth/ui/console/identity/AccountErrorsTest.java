package io.berth.ui.console.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.berth.common.harbor.AccountRefusal;
import io.berth.common.harbor.HarborException;
import io.berth.ui.console.web.Msg;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every refusal auth-service can give is said by a console message of its own, never in English. */
class AccountErrorsTest {

    @Test
    void everyRefusalHasAConsoleMessage() {
        Set<String> messages = Arrays.stream(Msg.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toSet());
        for (AccountRefusal refusal : AccountRefusal.values()) {
            HarborException e = refusal.exception("alice");
            AccountErrors.Shown shown = AccountErrors.of(new IdentityRefusal(e.error().status(), e.getMessage()));
            assertTrue(messages.contains(shown.key()), refusal + " is shown as " + shown.key());
            assertNull(shown.detail(), refusal + " is shown in English");
        }
    }

    @Test
    void anUnknownRefusalKeepsItsWordsAndAnOutageSaysSo() {
        assertEquals(new AccountErrors.Shown("error_refused", "something new"),
                AccountErrors.of(new IdentityRefusal(400, "something new")));
        assertEquals(new AccountErrors.Shown("error_forbidden", "not yours"),
                AccountErrors.of(new IdentityRefusal(403, "not yours")));
        assertEquals(new AccountErrors.Shown("error_unavailable", null),
                AccountErrors.of(new IdentityRefusal(503, "auth-service unavailable")));
    }
}
