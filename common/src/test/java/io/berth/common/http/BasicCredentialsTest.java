package io.berth.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitsAtTheFirstColonSoPasswordsMayHoldColons() {
        BasicCredentials c = BasicCredentials.parse(basic("gus:pa:ss:")).orElseThrow();
        assertEquals("gus", c.username());
        assertEquals("pa:ss:", c.password());
        assertTrue(c.complete());
        assertEquals("gus", BasicCredentials.parse("bAsIc " + basic("gus:pw").substring(6)).orElseThrow().username());
    }

    @Test
    void keepsTheNameExactlyAsSent() {
        assertEquals("gus ", BasicCredentials.parse(basic("gus :pw")).orElseThrow().username());
        assertEquals("Gus", BasicCredentials.parse(basic("Gus:pw")).orElseThrow().username());
        assertEquals("名前", BasicCredentials.parse(basic("名前:pw")).orElseThrow().username());
    }

    @Test
    void otherSchemesAndNoHeaderAreNotBasic() {
        assertEquals(Optional.empty(), BasicCredentials.parse(null));
        assertEquals(Optional.empty(), BasicCredentials.parse(""));
        assertEquals(Optional.empty(), BasicCredentials.parse("Bearer abc"));
        assertEquals(Optional.empty(), BasicCredentials.parse("Basi"));
    }

    @Test
    void malformedBasicIsPresentButNeverComplete() {
        for (String header : new String[] {"Basic !!!", "Basic ", basic("nocolon"), basic(":password"),
                basic("user:"), basic(":")}) {
            Optional<BasicCredentials> c = BasicCredentials.parse(header);
            assertTrue(c.isPresent(), header);
            assertFalse(c.get().complete(), header);
        }
    }

    @Test
    void neverShowsThePassword() {
        assertFalse(BasicCredentials.parse(basic("gus:Secret1")).orElseThrow().toString().contains("Secret1"));
    }
}
