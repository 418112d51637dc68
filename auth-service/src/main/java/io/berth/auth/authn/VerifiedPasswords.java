package io.berth.auth.authn;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Which password last matched which stored bcrypt hash, so an API client that sends Basic
 * credentials on every call costs one bcrypt check rather than one a call. An entry counts only
 * while the account still has the hash it was verified against, and the account is read on
 * every check: a password change or reset (a new hash) or a deletion (none) ends it at once.
 * Passwords are held as an HMAC under a key made at start, never in clear; a wrong password
 * still costs a full bcrypt check.
 */
@ApplicationScoped
public class VerifiedPasswords {

    private static final int MAX_ENTRIES = 10_000;
    private static final String HMAC = "HmacSHA256";

    private final Map<String, byte[]> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;

    public VerifiedPasswords() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        this.key = new SecretKeySpec(k, HMAC);
    }

    /** Whether {@code password} was found to match {@code storedHash} before. */
    public boolean known(String storedHash, String password) {
        byte[] mac = verified.get(storedHash);
        return mac != null && MessageDigest.isEqual(mac, mac(password));
    }

    /** {@code password} matched {@code storedHash} by a full check. */
    public void remember(String storedHash, String password) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(storedHash, mac(password));
    }

    private byte[] mac(String password) {
        try {
            Mac m = Mac.getInstance(HMAC);
            m.init(key);
            return m.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 missing from the JDK", e);
        }
    }
}
