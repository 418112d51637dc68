package io.berth.common.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.PublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * What a Berth session JWT (the {@code sid} cookie) says, read by the one rule its issuer
 * (auth-service) and its verifier (ui-service) share: signed by the token key with that key's
 * algorithm ({@link TokenSigning}), audience {@link TokenClaims#SESSION_AUDIENCE}, an id, a subject,
 * a positive user id, a CSRF token, and not expired ({@link #LEEWAY} allowed for the clocks of
 * separate hosts). Whether the session is still live, and who its user is now, is auth-service's
 * to say; these claims only hold what was true when it was issued.
 */
public record SessionClaims(String jti, long userId, String csrf, Instant expiresAt) {

    public static final Duration LEEWAY = Duration.ofSeconds(60);

    /** The claims of a well-signed, unexpired session token; empty for anything else, never an exception. */
    public static Optional<SessionClaims> read(String compact, PublicKey key, JWSVerifier verifier, Instant now) {
        if (compact == null || compact.isEmpty()) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(compact);
            if (!TokenSigning.verify(jwt, key, verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            Date exp = c.getExpirationTime();
            Long userId = c.getLongClaim(TokenClaims.SESSION_USER_ID);
            String csrf = c.getStringClaim(TokenClaims.SESSION_CSRF);
            if (exp == null || exp.toInstant().plus(LEEWAY).isBefore(now)
                    || c.getAudience() == null || !c.getAudience().contains(TokenClaims.SESSION_AUDIENCE)
                    || c.getJWTID() == null || c.getSubject() == null || userId == null || userId <= 0
                    || csrf == null || csrf.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SessionClaims(c.getJWTID(), userId, csrf, exp.toInstant()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
