package io.berth.ui.security;

import com.nimbusds.jose.JWSVerifier;
import io.berth.common.token.SessionClaims;
import io.berth.common.token.TokenSigning;
import io.berth.ui.config.UiConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Verifies the {@code sid} session JWT locally with the key of {@code root.crt}, by common's
 * {@link SessionClaims} rule (the one auth-service reads it by). Who the session is now (revoked or
 * not, admin or not) is the second step, asked of auth-service ({@link BrowserSessions}); the
 * token's name and admin claims are not trusted for that.
 */
@ApplicationScoped
public class SessionTokenVerifier {

    private static final Logger LOG = Logger.getLogger(SessionTokenVerifier.class);

    private final UiConfig config;
    /** The certificate's key and its verifier, read once. */
    private record TrustedKey(PublicKey key, JWSVerifier verifier) {
    }

    private volatile TrustedKey trusted;

    public SessionTokenVerifier(UiConfig config) {
        this.config = config;
    }

    /**
     * The claims of a well-signed, unexpired session token (common's one rule); empty otherwise, and
     * while the certificate cannot be read (a visitor is then signed out, not shown an error).
     */
    public Optional<SessionClaims> verify(String token) {
        TrustedKey t;
        try {
            t = trusted();
        } catch (IllegalStateException e) {
            LOG.warn("session tokens cannot be verified", e);
            return Optional.empty();
        }
        return SessionClaims.read(token, t.key(), t.verifier(), Instant.now());
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
