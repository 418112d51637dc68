package io.berth.common.harbor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountRefusalTest {

    @Test
    void everyRefusalIsRecognisedFromWhatItSays() {
        for (AccountRefusal refusal : AccountRefusal.values()) {
            HarborException e = refusal.exception("alice@example.test");
            assertEquals(refusal.error(), e.error());
            assertEquals(Optional.of(refusal), AccountRefusal.of(e.error().status(), e.getMessage()), refusal.name());
        }
    }

    @Test
    void theWordsAreHarborsAndOthersAreNotRecognised() {
        assertEquals("username must not contain any of ,\"~#%$",
                AccountRefusal.USERNAME_FORBIDDEN_CHARACTER.exception().getMessage());
        assertEquals("username bob is already taken", AccountRefusal.USERNAME_TAKEN.exception("bob").getMessage());
        assertEquals(Optional.empty(), AccountRefusal.of(400, "the current password is incorrect"), "another status");
        assertEquals(Optional.empty(), AccountRefusal.of(400, "username is required, and more"));
        assertEquals(Optional.empty(), AccountRefusal.of(409, "project p is already taken"));
        assertEquals(Optional.empty(), AccountRefusal.of(400, null));
    }
}
