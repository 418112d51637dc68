package io.berth.ui.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.berth.common.token.TokenClaims;
import io.berth.ui.config.UiConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.Date;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Verifies the {@code sid} session JWT locally: RS256 by the key of {@code root.crt}, audience
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
    private volatile RSASSAVerifier verifier;

    public SessionTokenVerifier(UiConfig config) {
        this.config = config;
    }

    public Optional<Session> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier())) {
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

    private RSASSAVerifier verifier() {
        RSASSAVerifier v = verifier;
        if (v == null) {
            try (InputStream in = Files.newInputStream(Path.of(config.tokenCertificateFile()))) {
                X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
                v = new RSASSAVerifier((RSAPublicKey) cert.getPublicKey());
            } catch (Exception e) {
                throw new IllegalStateException("failed to read the token certificate", e);
            }
            verifier = v;
        }
        return v;
    }
}
