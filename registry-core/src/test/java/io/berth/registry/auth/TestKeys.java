package io.berth.registry.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.berth.common.token.LibtrustKeyId;
import io.berth.common.token.TokenSigning;
import io.berth.testsupport.files.Trees;
import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A test signing key and its self-signed certificate (made with keytool), and a token minter. */
public final class TestKeys {

    public final PrivateKey key;
    public final X509Certificate cert;
    public final Path certPem;

    private TestKeys(PrivateKey key, X509Certificate cert, Path certPem) {
        this.key = key;
        this.cert = cert;
        this.certPem = certPem;
    }

    /** An RSA key, as Harbor's carried-over {@code private_key.pem}: RS256. */
    public static TestKeys create() {
        return create("-keyalg", "RSA", "-keysize", "2048");
    }

    /** An EC P-256 key, as prepare generates: ES256. */
    public static TestKeys createEc() {
        return create("-keyalg", "EC", "-groupname", "secp256r1");
    }

    private static TestKeys create(String... keyOptions) {
        try {
            Path dir = Trees.tempDir("berth-token-test");
            Path ks = dir.resolve("ks.p12");
            List<String> command = new ArrayList<>(List.of("keytool", "-genkeypair", "-alias", "t"));
            command.addAll(List.of(keyOptions));
            command.addAll(List.of("-dname", "CN=test-token", "-validity", "2", "-storetype", "PKCS12", "-keystore", ks.toString(),
                    "-storepass", "changeit", "-keypass", "changeit"));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("keytool failed");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (FileInputStream in = new FileInputStream(ks.toFile())) {
                store.load(in, "changeit".toCharArray());
            }
            PrivateKey key = (PrivateKey) store.getKey("t", "changeit".toCharArray());
            X509Certificate cert = (X509Certificate) store.getCertificate("t");
            Path pem = dir.resolve("root.crt");
            Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(cert.getEncoded())
                    + "\n-----END CERTIFICATE-----\n");
            return new TestKeys(key, cert, pem);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String kid() {
        return LibtrustKeyId.of(cert.getPublicKey());
    }

    /** A token as auth-service signs it; {@code access} entries are type, name, actions. */
    public String token(String subject, String issuer, String audience, long expiresInSeconds,
            List<Map<String, Object>> access) {
        try {
            Instant now = Instant.now();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).audience(audience)
                    .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(expiresInSeconds)))
                    .jwtID(UUID.randomUUID().toString()).claim("access", access).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(TokenSigning.algorithm(key)).type(JOSEObjectType.JWT)
                    .keyID(kid()).build(), claims);
            jwt.sign(TokenSigning.signer(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String token(String subject, String repo, String... actions) {
        return token(subject, "harbor-token-issuer", "harbor-registry", 300,
                List.of(Map.of("type", "repository", "name", repo, "actions", List.of(actions))));
    }
}
