package io.berth.auth.token;

import io.berth.auth.config.AuthConfig;
import io.berth.common.token.LibtrustKeyId;
import io.berth.common.token.TokenSigning;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The token signing key pair prepare generated: the private key (PKCS#8 PEM, EC P-256 or a
 * carried-over RSA key; {@link TokenSigning}) signs registry tokens and session JWTs; its
 * certificate goes into {@code x5c} and gives the libtrust kid.
 */
@ApplicationScoped
public class TokenKeys {

    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final String keyId;

    public TokenKeys(AuthConfig config) {
        try {
            try (InputStream in = Files.newInputStream(config.token().certificateFile())) {
                this.certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            }
            this.privateKey = readPrivateKey(Files.readString(config.token().privateKeyFile(), StandardCharsets.US_ASCII),
                    certificate.getPublicKey().getAlgorithm());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("failed to read the token key pair", e);
        }
        this.keyId = LibtrustKeyId.of(certificate.getPublicKey());
    }

    /** A PKCS#8 PEM private key of the certificate's key type (RSA or EC). */
    static PrivateKey readPrivateKey(String pem, String keyType) throws GeneralSecurityException {
        String begin = "-----BEGIN PRIVATE KEY-----";
        int start = pem.indexOf(begin);
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (start < 0 || end < start) {
            throw new GeneralSecurityException("token private key is not a PKCS#8 PEM");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(start + begin.length(), end));
        PrivateKey key = KeyFactory.getInstance(keyType).generatePrivate(new PKCS8EncodedKeySpec(der));
        TokenSigning.algorithm(key); // RSA or EC P-256, refused at start otherwise
        return key;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String keyId() {
        return keyId;
    }
}
