package io.berth.common.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Upstream registry credentials at rest: AES-256-GCM with a key derived from the deployment's
 * internal secret. ui-service seals them into its database and hands the sealed form to
 * registry-core, which stores it as is and opens it only in memory, so a copy of either
 * service's storage alone does not reveal the password.
 */
public final class SealedSecrets {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SealedSecrets(String internalSecret) {
        if (internalSecret == null || internalSecret.isEmpty()) {
            throw new IllegalArgumentException("an internal secret is required to seal credentials");
        }
        try {
            // a purpose label keeps this key distinct from any other use of the internal secret
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("berth upstream credentials v1\0".getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(sha.digest(internalSecret.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code v1:<base64(iv | ciphertext | tag)>}; a fresh IV every time. */
    public String seal(String plain) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] out = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + out.length)
                    .put(iv).put(out).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("failed to seal a credential", e);
        }
    }

    /** The plain text; fails when the value was sealed with another secret or tampered with. */
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed credential");
        }
        byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        if (all.length <= IV_BYTES) {
            throw new IllegalArgumentException("sealed credential is truncated");
        }
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return new String(c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("sealed credential cannot be opened with this secret", e);
        }
    }
}
