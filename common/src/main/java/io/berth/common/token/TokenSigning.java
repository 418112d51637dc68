package io.berth.common.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jwt.SignedJWT;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;

/**
 * How tokens and sessions are signed with the deployment's token key, decided by the key itself:
 * ES256 for an EC P-256 key (what prepare generates: a signature costs well under a millisecond)
 * and RS256 for an RSA key (Harbor's {@code private_key.pem}, carried over; a 4096-bit signature
 * costs tens of milliseconds). auth-service signs and registry-core and ui-service verify by this
 * one rule; a verifier uses the key's algorithm, never the one a token's header names (RFC 8725
 * 2.1 and 3.1).
 */
public final class TokenSigning {

    private TokenSigning() {
    }

    /** The JWS algorithm of a token key: RS256 or ES256; any other key is refused. */
    public static JWSAlgorithm algorithm(Key key) {
        if (key instanceof RSAKey) {
            return JWSAlgorithm.RS256;
        }
        if (key instanceof ECKey ec && Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()))) {
            return JWSAlgorithm.ES256;
        }
        throw new IllegalArgumentException("a token key is RSA or EC P-256, not " + key.getAlgorithm());
    }

    public static JWSSigner signer(PrivateKey key) throws JOSEException {
        algorithm(key);
        return key instanceof ECPrivateKey ec ? new ECDSASigner(ec) : new RSASSASigner(key);
    }

    public static JWSVerifier verifier(PublicKey key) throws JOSEException {
        algorithm(key);
        return key instanceof ECPublicKey ec ? new ECDSAVerifier(ec) : new RSASSAVerifier((RSAPublicKey) key);
    }

    /** True when {@code jwt} names {@code key}'s own algorithm and {@code verifier} (of that key) accepts it. */
    public static boolean verify(SignedJWT jwt, PublicKey key, JWSVerifier verifier) throws JOSEException {
        return algorithm(key).equals(jwt.getHeader().getAlgorithm()) && jwt.verify(verifier);
    }
}
