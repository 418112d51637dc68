package io.berth.auth.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.berth.auth.config.AuthConfig;
import io.berth.auth.settings.AppliedSettings;
import io.berth.common.internal.AccessQuestion;
import io.berth.common.token.AccessClaim;
import io.berth.common.token.TokenClaims;
import io.berth.common.token.TokenSigning;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs Docker registry tokens (distribution's docs/spec/auth/jwt.md; docs/protocols.md §2): ES256
 * (RS256 with a carried-over RSA key), libtrust kid, x5c, distribution's claims.
 */
@ApplicationScoped
public class RegistryTokenIssuer {

    private final TokenKeys keys;
    private final AuthConfig config;
    private final AppliedSettings settings;
    private final JWSSigner signer;

    public RegistryTokenIssuer(TokenKeys keys, AuthConfig config, AppliedSettings settings) {
        this.keys = keys;
        this.config = config;
        this.settings = settings;
        try {
            this.signer = TokenSigning.signer(keys.privateKey());
        } catch (JOSEException e) {
            throw new IllegalStateException("token key unusable for signing", e);
        }
    }

    public IssuedToken issue(String subject, List<AccessQuestion.Resource> access) {
        Instant now = Instant.now();
        int lifetime = expiresInSeconds();
        Instant expires = now.plusSeconds(lifetime);
        List<Map<String, Object>> claims = new ArrayList<>();
        for (AccessQuestion.Resource r : access) {
            claims.add(AccessClaim.entry(r.type(), r.name(), r.actions()));
        }
        JWTClaimsSet set = new JWTClaimsSet.Builder()
                .issuer(config.token().issuer())
                .subject(subject)
                .audience(config.token().service())
                .expirationTime(Date.from(expires))
                .notBeforeTime(Date.from(now))
                .issueTime(Date.from(now))
                .jwtID(UUID.randomUUID().toString())
                .claim(TokenClaims.ACCESS, claims)
                .build();
        try {
            JWSHeader header = new JWSHeader.Builder(TokenSigning.algorithm(keys.privateKey()))
                    .type(JOSEObjectType.JWT)
                    .keyID(keys.keyId())
                    .x509CertChain(List.of(Base64.encode(keys.certificate().getEncoded())))
                    .build();
            SignedJWT jwt = new SignedJWT(header, set);
            jwt.sign(signer);
            return new IssuedToken(jwt.serialize(), lifetime, now);
        } catch (JOSEException | CertificateEncodingException e) {
            throw new IllegalStateException("failed to sign a registry token", e);
        }
    }

    /** token_expiration as a system admin last set it (harbor.cfg's value until then). */
    public int expiresInSeconds() {
        return settings.current().tokenExpirationMinutes() * 60;
    }

    public record IssuedToken(String jwt, int expiresIn, Instant issuedAt) {
    }
}
