package io.berth.registry.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** distribution's three ways for a token to name its key: kid, x5c, jwk. */
class TrustedKeysTest {

    static final TestKeys K = TestKeys.create();
    static final TestKeys OTHER = TestKeys.create();
    static final TrustedKeys TRUSTED = new TrustedKeys(List.of(K.cert));

    @Test
    void byLibtrustKid() {
        assertEquals(K.cert.getPublicKey(), TRUSTED.find(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(K.kid()).build()).orElseThrow());
        assertTrue(TRUSTED.find(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(OTHER.kid()).build()).isEmpty());
        assertTrue(TRUSTED.find(new JWSHeader.Builder(JWSAlgorithm.RS256).build()).isEmpty());
    }

    @Test
    void byX5cChain() throws Exception {
        JWSHeader ok = new JWSHeader.Builder(JWSAlgorithm.RS256).x509CertChain(List.of(Base64.encode(K.cert.getEncoded()))).build();
        assertEquals(K.cert.getPublicKey(), TRUSTED.find(ok).orElseThrow());
        JWSHeader foreign = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .x509CertChain(List.of(Base64.encode(OTHER.cert.getEncoded()))).build();
        assertTrue(TRUSTED.find(foreign).isEmpty());
    }

    @Test
    void byJwk() {
        JWSHeader ok = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .jwk(new RSAKey.Builder((RSAPublicKey) K.cert.getPublicKey()).build()).build();
        assertEquals(K.cert.getPublicKey(), TRUSTED.find(ok).orElseThrow());
        JWSHeader foreign = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .jwk(new RSAKey.Builder((RSAPublicKey) OTHER.cert.getPublicKey()).build()).build();
        assertTrue(TRUSTED.find(foreign).isEmpty());
    }
}
