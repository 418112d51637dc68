package io.berth.e2e.access;

import io.berth.e2e.support.HarborApi;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/** Reads, alters and signs registry JWTs (with prepare's token key) to test the registry's checks. */
final class Jwt {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private Jwt() {
    }

    static ObjectNode part(String jwt, int index) throws IOException {
        return (ObjectNode) HarborApi.JSON.readTree(DECODE.decode(jwt.split("\\.")[index]));
    }

    /** The same token with its claims replaced and the original signature kept. */
    static String withClaims(String jwt, ObjectNode claims) throws IOException {
        String[] p = jwt.split("\\.");
        return p[0] + "." + encode(claims) + "." + p[2];
    }

    /**
     * A token with the given header and claims, signed with a PKCS#8 PEM private key by the
     * header's {@code alg}: ES256 for prepare's EC P-256 key (JWS signatures are R || S, RFC 7518
     * 3.4), RS256 for an RSA key.
     */
    static String sign(ObjectNode header, ObjectNode claims, Path privateKeyPem) throws IOException, GeneralSecurityException {
        String pem = Files.readString(privateKeyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem));
        boolean ec = "ES256".equals(header.path("alg").asText());
        PrivateKey key = KeyFactory.getInstance(ec ? "EC" : "RSA").generatePrivate(spec);
        String input = encode(header) + "." + encode(claims);
        Signature s = Signature.getInstance(ec ? "SHA256withECDSAinP1363Format" : "SHA256withRSA");
        s.initSign(key);
        s.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + URL.encodeToString(s.sign());
    }

    private static String encode(ObjectNode node) throws IOException {
        return URL.encodeToString(HarborApi.JSON.writeValueAsBytes(node));
    }
}
