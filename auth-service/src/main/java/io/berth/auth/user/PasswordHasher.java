package io.berth.auth.user;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Salted bcrypt (WildFly Elytron through Quarkus' BcryptUtil). bcrypt reads at most 72 bytes,
 * and passwords may be 128 characters, so the password is first reduced to base64(SHA-256),
 * 44 characters, and that is hashed: every character counts and the cost stays bcrypt's.
 */
@ApplicationScoped
public class PasswordHasher {

    static final String SCHEME = "bcrypt-sha256$";
    private static final int COST = 10;

    public String hash(String password) {
        return SCHEME + BcryptUtil.bcryptHash(prehash(password), COST);
    }

    public boolean matches(String password, String stored) {
        if (password == null || stored == null || !stored.startsWith(SCHEME)) {
            return false;
        }
        return BcryptUtil.matches(prehash(password), stored.substring(SCHEME.length()));
    }

    private static String prehash(String password) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
