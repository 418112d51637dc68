package io.berth.common.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessClaimTest {

    @Test
    void whatTheIssuerWritesTheRegistryReadsBack() throws Exception {
        JWTClaimsSet written = new JWTClaimsSet.Builder().claim(TokenClaims.ACCESS, List.of(
                AccessClaim.entry("repository", "library/app", List.of("pull", "push")),
                AccessClaim.entry("registry", "catalog", List.of("*")),
                AccessClaim.entry("repository", "denied/app", List.of()))).build();
        // as the Docker token spec spells it on the wire
        assertEquals("{\"access\":[{\"type\":\"repository\",\"name\":\"library/app\",\"actions\":[\"pull\",\"push\"]},"
                + "{\"type\":\"registry\",\"name\":\"catalog\",\"actions\":[\"*\"]},"
                + "{\"type\":\"repository\",\"name\":\"denied/app\",\"actions\":[]}]}", written.toString());
        Object parsed = JWTClaimsSet.parse(written.toString()).getClaim(TokenClaims.ACCESS);
        assertEquals(List.of(new Scope("repository", "library/app", Set.of("pull", "push")),
                new Scope("registry", "catalog", Set.of("*")),
                new Scope("repository", "denied/app", Set.of())), AccessClaim.read(parsed));
    }

    @Test
    void malformedEntriesGrantNothing() {
        assertEquals(List.of(), AccessClaim.read(null));
        assertEquals(List.of(), AccessClaim.read("repository:library/app:pull"));
        assertEquals(List.of(), AccessClaim.read(List.of(Map.of("type", "repository"), "x",
                Map.of("type", 1, "name", "a", "actions", List.of("pull")))));
        assertEquals(List.of(new Scope("repository", "a", Set.of())),
                AccessClaim.read(List.of(Map.of("type", "repository", "name", "a", "actions", "pull"))));
    }
}
