package io.berth.common.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SessionClaimsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final KeyPair KEY = ec();

    private static KeyPair ec() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A session token as auth-service issues it, changed by {@code edit}, signed by {@code key}. */
    private static String token(KeyPair key, UnaryOperator<JWTClaimsSet.Builder> edit) throws Exception {
        JWTClaimsSet claims = edit.apply(new JWTClaimsSet.Builder().audience(TokenClaims.SESSION_AUDIENCE)
                .subject("alice").claim(TokenClaims.SESSION_USER_ID, 7L).claim(TokenClaims.SESSION_CSRF, "c5rf")
                .jwtID("j1").expirationTime(Date.from(NOW.plusSeconds(600)))).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(TokenSigning.algorithm(key.getPrivate()))
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(TokenSigning.signer(key.getPrivate()));
        return jwt.serialize();
    }

    private static Optional<SessionClaims> read(String compact) throws Exception {
        return SessionClaims.read(compact, KEY.getPublic(), TokenSigning.verifier(KEY.getPublic()), NOW);
    }

    @Test
    void aSessionTokenOfOursIsRead() throws Exception {
        assertEquals(Optional.of(new SessionClaims("j1", 7, "c5rf", NOW.plusSeconds(600))), read(token(KEY, b -> b)));
        // within the leeway for another host's clock
        assertTrue(read(token(KEY, b -> b.expirationTime(Date.from(NOW.minusSeconds(59))))).isPresent());
    }

    @Test
    void anythingElseIsNoSession() throws Exception {
        for (UnaryOperator<JWTClaimsSet.Builder> edit : List.<UnaryOperator<JWTClaimsSet.Builder>>of(
                b -> b.expirationTime(Date.from(NOW.minus(SessionClaims.LEEWAY).minusSeconds(1))),
                b -> b.expirationTime(null),
                b -> b.audience("harbor-registry"),
                b -> b.audience((String) null),
                b -> b.jwtID(null),
                b -> b.subject(null),
                b -> b.claim(TokenClaims.SESSION_USER_ID, null),
                b -> b.claim(TokenClaims.SESSION_USER_ID, 0L),
                b -> b.claim(TokenClaims.SESSION_USER_ID, "seven"),
                b -> b.claim(TokenClaims.SESSION_CSRF, null),
                b -> b.claim(TokenClaims.SESSION_CSRF, ""))) {
            assertTrue(read(token(KEY, edit)).isEmpty(), edit.apply(new JWTClaimsSet.Builder()).build().toString());
        }
        assertTrue(read(token(ec(), b -> b)).isEmpty(), "another key's signature");
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                .audience(TokenClaims.SESSION_AUDIENCE).build());
        hmac.sign(new MACSigner(new byte[32]));
        assertTrue(read(hmac.serialize()).isEmpty(), "a token that names another algorithm");
        assertTrue(read(new PlainJWT(new JWTClaimsSet.Builder().build()).serialize()).isEmpty(), "alg none");
        assertTrue(read("not.a.jwt").isEmpty());
        assertTrue(read("").isEmpty());
        assertTrue(read(null).isEmpty());
    }
}
