package io.berth.tools.prepare;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The deployment's secrets: the internal secret and the token signing key pair with its
 * self-signed certificate. Each is generated once and then carried over from the previous
 * output on every re-run, so tokens and sessions stay valid across prepare runs.
 */
final class KeyMaterial {

    static final String SECRET = "secret/internal_secret";
    static final String PRIVATE_KEY = "secret/token/private_key.pem";
    static final String CERTIFICATE = "secret/token/root.crt";

    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyMaterial() {
    }

    /** True when the previous output holds a complete token key pair. */
    static boolean hasTokenKeys(Path previous) {
        return Files.isRegularFile(previous.resolve(PRIVATE_KEY)) && Files.isRegularFile(previous.resolve(CERTIFICATE));
    }

    /** Copies what {@code previous} holds into {@code staging}, generating what it lacks. */
    static void keepOrGenerate(Path previous, Path staging) throws IOException, GeneralSecurityException {
        if (Files.isRegularFile(previous.resolve(SECRET))) {
            OutputFiles.copyPrivate(previous.resolve(SECRET), staging.resolve(SECRET));
        } else {
            byte[] secret = new byte[32];
            RANDOM.nextBytes(secret);
            OutputFiles.writePrivate(staging.resolve(SECRET), HexFormat.of().formatHex(secret));
        }
        if (hasTokenKeys(previous)) {
            OutputFiles.copyPrivate(previous.resolve(PRIVATE_KEY), staging.resolve(PRIVATE_KEY));
            OutputFiles.copy(previous.resolve(CERTIFICATE), staging.resolve(CERTIFICATE));
        } else {
            // EC P-256 (ES256): a token signature costs well under a millisecond, where RSA-4096
            // costs tens; a carried-over RSA key (Harbor's) keeps working as RS256
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            KeyPair pair = generator.generateKeyPair();
            OutputFiles.writePrivate(staging.resolve(PRIVATE_KEY), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            OutputFiles.write(staging.resolve(CERTIFICATE), pem("CERTIFICATE", selfSigned(pair).getEncoded()));
        }
    }

    static X509Certificate selfSigned(KeyPair pair) throws GeneralSecurityException {
        X500Name subject = new X500Name("CN=harbor-token-issuer,O=Berth");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))),
                subject, pair.getPublic());
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyCertSign));
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate());
            X509CertificateHolder holder = builder.build(signer);
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("failed to sign the token certificate", e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
