package io.berth.registry.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.berth.common.token.AccessClaim;
import io.berth.common.token.Scope;
import io.berth.common.token.TokenClaims;
import io.berth.common.token.TokenSigning;
import io.berth.registry.config.AuthConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Singleton;

/**
 * Docker token authentication on the registry side: verifies the bearer JWT locally against
 * the root certificate bundle and checks that it grants the wanted action, answering with the
 * challenge distribution would send otherwise. Without {@code auth.token} everything is open.
 */
@Singleton
public class TokenAuthorizer {

    static final long LEEWAY_SECONDS = 60;
    /** Verified tokens kept: more than the clients of a busy registry hold at once, about 2 MiB at most. */
    static final int VERIFIED_CAPACITY = 1024;

    private final Optional<AuthConfig.Token> config;
    private final TrustedKeys keys;
    private final VerifiedTokens verified = new VerifiedTokens(VERIFIED_CAPACITY);

    public TokenAuthorizer(AuthConfig auth) {
        this.config = auth.token();
        try {
            this.keys = config.isPresent() ? TrustedKeys.load(Path.of(config.get().rootcertbundle())) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String service() {
        return config.get().service().orElse(TokenClaims.DEFAULT_SERVICE);
    }

    private String issuer() {
        return config.get().issuer().orElse(TokenClaims.DEFAULT_ISSUER);
    }

    public boolean enabled() {
        return config.isPresent();
    }

    /**
     * Checks the request's token for {@code wanted} (null: any valid token): the caller's access,
     * or a refusal carrying the challenge for {@code wanted}.
     */
    public Decision authorize(String authorizationHeader, Scope wanted) {
        return authorize(authorizationHeader, wanted, List.of());
    }

    /**
     * Like {@link #authorize(String, Scope)}, and the challenge also names {@code optional}
     * scopes: the handler uses them when granted (a mount's source) but does not demand them,
     * so a client that asks for exactly the challenged scopes gets them in its token.
     */
    public Decision authorize(String authorizationHeader, Scope wanted, List<Scope> optional) {
        if (config.isEmpty()) {
            return Decision.grant(Access.OPEN);
        }
        String token = bearer(authorizationHeader);
        if (token == null) {
            return Decision.refuse(challenge(wanted, optional, null), null);
        }
        Optional<Access> verified = verify(token);
        if (verified.isEmpty()) {
            return Decision.refuse(challenge(wanted, optional, "invalid_token"), "invalid token");
        }
        Access access = verified.get();
        if (wanted != null) {
            for (String action : wanted.actions()) {
                if (!access.permits(wanted.type(), wanted.name(), action)) {
                    return Decision.refuse(challenge(wanted, optional, "insufficient_scope"),
                            List.of(Map.of("Type", wanted.type(), "Name", wanted.name(), "Action", action)));
                }
            }
        }
        return Decision.grant(access);
    }

    private static String bearer(String header) {
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String t = header.substring(7).trim();
        return t.isEmpty() ? null : t;
    }

    Optional<Access> verify(String token) {
        Instant now = Instant.now();
        Access known = verified.find(token, now);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            Optional<PublicKey> key = keys.find(jwt.getHeader());
            // the trusted key's own algorithm (ES256 or RS256), whatever else the header names
            if (key.isEmpty() || !TokenSigning.verify(jwt, key.get(), TokenSigning.verifier(key.get()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (!issuer().equals(claims.getIssuer())
                    || claims.getAudience() == null || !claims.getAudience().contains(service())
                    || claims.getExpirationTime() == null
                    || now.minusSeconds(LEEWAY_SECONDS).isAfter(claims.getExpirationTime().toInstant())
                    || tooEarly(claims.getNotBeforeTime(), now)) {
                return Optional.empty();
            }
            Access access = new Access(claims.getSubject() == null ? "" : claims.getSubject(),
                    List.copyOf(AccessClaim.read(claims.getClaim(TokenClaims.ACCESS))), false);
            verified.remember(token, access, claims.getExpirationTime().toInstant().plusSeconds(LEEWAY_SECONDS), now);
            return Optional.of(access);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static boolean tooEarly(Date nbf, Instant now) {
        return nbf != null && now.plusSeconds(LEEWAY_SECONDS).isBefore(nbf.toInstant());
    }

    private String challenge(Scope wanted, List<Scope> optional, String error) {
        AuthConfig.Token cfg = config.get();
        StringBuilder sb = new StringBuilder("Bearer realm=\"").append(cfg.realm())
                .append("\",service=\"").append(service()).append('"');
        if (wanted != null) {
            // several scopes are space-separated in one parameter, as distribution sends them
            List<String> scopes = new ArrayList<>(List.of(wanted.format()));
            optional.forEach(s -> scopes.add(s.format()));
            sb.append(",scope=\"").append(String.join(" ", scopes)).append('"');
        }
        if (error != null) {
            sb.append(",error=\"").append(error).append('"');
        }
        return sb.toString();
    }
}
