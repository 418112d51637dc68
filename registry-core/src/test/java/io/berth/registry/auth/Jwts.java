package io.berth.registry.auth;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and rewrites a compact JWT's header, keeping its payload and signature. */
final class Jwts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Jwts() {
    }

    static Map<String, Object> header(String jwt) {
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))),
                    new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same token with its header's {@code alg} replaced. */
    static String withAlg(String jwt, String alg) {
        Map<String, Object> header = header(jwt);
        header.put("alg", alg);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(header))
                    + jwt.substring(jwt.indexOf('.'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
