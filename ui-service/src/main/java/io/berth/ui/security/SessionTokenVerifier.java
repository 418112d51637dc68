package io.berth.ui.security;

import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.berth.common.token.TokenClaims;
import io.berth.common.token.TokenSigning;
import io.berth.ui.config.UiConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.PublicKey;
import java.util.Date;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Verifies the {@code sid} session JWT locally: signed by the key of {@code root.crt} with its
 * algorithm ({@link TokenSigning}), audience
 * {@code berth-session}, not expired. Who the session is now (revoked or not, admin or not) is
 * the second step, asked of auth-service ({@link BrowserSessions}); the token's name and admin
 * claims are not trusted for that.
 */
@ApplicationScoped
public class SessionTokenVerifier {

    private static final Logger LOG = Logger.getLogger(SessionTokenVerifier.class);
    private static final long LEEWAY_MILLIS = 60_000;

    /** What a valid session token says. */
    public record Session(String jti, long userId, String csrf) {
    }

    private final UiConfig config;
    /** The certificate's key and its verifier, read once. */
    private record TrustedKey(PublicKey key, JWSVerifier verifier) {
    }

    private volatile TrustedKey trusted;

    public SessionTokenVerifier(UiConfig config) {
        this.config = config;
    }

    public Optional<Session> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            TrustedKey t = trusted();
            if (!TokenSigning.verify(jwt, t.key(), t.verifier())) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            Date exp = c.getExpirationTime();
            if (exp == null || exp.getTime() + LEEWAY_MILLIS < System.currentTimeMillis()
                    || c.getAudience() == null || !c.getAudience().contains(TokenClaims.SESSION_AUDIENCE)
                    || c.getJWTID() == null || c.getSubject() == null) {
                return Optional.empty();
            }
            Long uid = c.getLongClaim(TokenClaims.SESSION_USER_ID);
            String csrf = c.getStringClaim(TokenClaims.SESSION_CSRF);
            if (uid == null || uid <= 0 || csrf == null || csrf.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Session(c.getJWTID(), uid, csrf));
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException | RuntimeException e) {
            LOG.debug("session token rejected");
            return Optional.empty();
        }
    }

    private TrustedKey trusted() {
        TrustedKey t = trusted;
        if (t == null) {
            try (InputStream in = Files.newInputStream(Path.of(config.tokenCertificateFile()))) {
                X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
                t = new TrustedKey(cert.getPublicKey(), TokenSigning.verifier(cert.getPublicKey()));
            } catch (Exception e) {
                throw new IllegalStateException("failed to read the token certificate", e);
            }
            trusted = t;
        }
        return t;
    }
}
