package io.berth.auth.session;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.berth.auth.config.AuthConfig;
import io.berth.auth.token.TokenKeys;
import io.berth.common.internal.Principal;
import io.berth.common.token.SessionClaims;
import io.berth.common.token.TokenClaims;
import io.berth.common.token.TokenSigning;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * The session JWT carried in the {@code sid} cookie: signed with the token key
 * ({@link TokenSigning}) so ui-service verifies it locally with the certificate; claims aud, sub,
 * uid, adm, csrf, jti, exp ({@link TokenClaims}), read back by common's {@link SessionClaims}.
 */
@ApplicationScoped
public class SessionTokens {

    private final SecureRandom random = new SecureRandom();
    private final TokenKeys keys;
    private final AuthConfig config;
    private final JWSSigner signer;
    private final JWSVerifier verifier;

    public SessionTokens(TokenKeys keys, AuthConfig config) {
        this.keys = keys;
        this.config = config;
        try {
            this.signer = TokenSigning.signer(keys.privateKey());
            this.verifier = TokenSigning.verifier(keys.certificate().getPublicKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("token key unusable for sessions", e);
        }
    }

    public SessionToken issue(Principal principal) {
        Instant now = Instant.now();
        Instant expires = now.plusSeconds(config.session().expirationMinutes() * 60L);
        String jti = UUID.randomUUID().toString();
        byte[] csrfBytes = new byte[32];
        random.nextBytes(csrfBytes);
        String csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(csrfBytes);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(config.token().issuer())
                .audience(TokenClaims.SESSION_AUDIENCE)
                .subject(principal.username())
                .claim(TokenClaims.SESSION_USER_ID, principal.userId())
                .claim(TokenClaims.SESSION_SYSADMIN, principal.sysadmin())
                .claim(TokenClaims.SESSION_CSRF, csrf)
                .jwtID(jti)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(TokenSigning.algorithm(keys.privateKey()))
                .type(JOSEObjectType.JWT).keyID(keys.keyId()).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("failed to sign a session token", e);
        }
        return new SessionToken(jwt.serialize(), jti, principal.userId(), csrf, expires);
    }

    /** The claims of a well-signed, unexpired session JWT of ours (common's one rule); empty otherwise. */
    public Optional<SessionToken> verify(String compact) {
        return SessionClaims.read(compact, keys.certificate().getPublicKey(), verifier, Instant.now())
                .map(c -> new SessionToken(compact, c.jti(), c.userId(), c.csrf(), c.expiresAt()));
    }

    /** A signed session and what the server needs of it. */
    public record SessionToken(String jwt, String jti, long userId, String csrf, Instant expiresAt) {
    }
}
