package io.berth.common.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;

class TokenSigningTest {

    private static final JWTClaimsSet CLAIMS = new JWTClaimsSet.Builder().subject("alice").build();

    private static KeyPair ec(String curve) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec(curve));
        return g.generateKeyPair();
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static SignedJWT signed(KeyPair pair) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(TokenSigning.algorithm(pair.getPrivate())), CLAIMS);
        jwt.sign(TokenSigning.signer(pair.getPrivate()));
        return SignedJWT.parse(jwt.serialize());
    }

    private static boolean verifies(SignedJWT jwt, KeyPair pair) throws Exception {
        return TokenSigning.verify(jwt, pair.getPublic(), TokenSigning.verifier(pair.getPublic()));
    }

    @Test
    void aKeySignsWithItsOwnAlgorithm() throws Exception {
        KeyPair ec = ec("secp256r1");
        KeyPair rsa = rsa();
        assertEquals(JWSAlgorithm.ES256, TokenSigning.algorithm(ec.getPublic()));
        assertEquals(JWSAlgorithm.RS256, TokenSigning.algorithm(rsa.getPrivate()));
        SignedJWT byEc = signed(ec);
        assertEquals(JWSAlgorithm.ES256, byEc.getHeader().getAlgorithm());
        assertEquals(64, byEc.getSignature().decode().length, "JWS ECDSA signatures are R || S");
        assertTrue(verifies(byEc, ec));
        assertTrue(verifies(signed(rsa), rsa));
        assertFalse(verifies(byEc, ec("secp256r1")), "another key's signature");
    }

    @Test
    void aTokenDoesNotChooseHowItIsChecked() throws Exception {
        KeyPair ec = ec("secp256r1");
        KeyPair rsa = rsa();
        // a valid signature under a header that names another algorithm than the key's
        SignedJWT byEc = signed(ec);
        SignedJWT relabelled = new SignedJWT(new JWSHeader(JWSAlgorithm.ES384).toBase64URL(),
                byEc.getPayload().toBase64URL(), byEc.getSignature());
        assertFalse(verifies(relabelled, ec));
        // an HMAC token keyed with the public key's bytes (the classic RS256/HS256 confusion)
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), CLAIMS);
        hmac.sign(new MACSigner(rsa.getPublic().getEncoded()));
        assertFalse(verifies(SignedJWT.parse(hmac.serialize()), rsa));
        // an RSA-signed token checked against the EC key, and the reverse
        assertFalse(verifies(signed(rsa), ec));
        assertFalse(verifies(byEc, rsa));
        // no signature at all
        SignedJWT empty = new SignedJWT(byEc.getHeader().toBase64URL(), byEc.getPayload().toBase64URL(),
                Base64URL.encode(new byte[64]));
        assertFalse(verifies(empty, ec));
    }

    @Test
    void otherKeysAreRefused() throws Exception {
        KeyPair p384 = ec("secp384r1");
        assertThrows(IllegalArgumentException.class, () -> TokenSigning.algorithm(p384.getPublic()));
        assertThrows(IllegalArgumentException.class, () -> TokenSigning.signer(p384.getPrivate()));
        assertThrows(IllegalArgumentException.class, () -> TokenSigning.verifier(p384.getPublic()));
    }
}
