package io.berth.registry.auth;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.util.Base64;
import io.berth.common.token.LibtrustKeyId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The token signers the registry trusts: the certificates of the root bundle. A token names its
 * key the way distribution accepts: {@code kid} (libtrust id), an {@code x5c} chain ending at
 * a trusted certificate, or a {@code jwk} equal to a trusted key.
 */
public final class TrustedKeys {

    private final List<X509Certificate> roots;
    private final Map<String, PublicKey> byKid = new HashMap<>();

    public TrustedKeys(List<X509Certificate> roots) {
        this.roots = List.copyOf(roots);
        for (X509Certificate c : roots) {
            byKid.put(LibtrustKeyId.of(c.getPublicKey()), c.getPublicKey());
        }
    }

    public static TrustedKeys load(Path bundle) throws IOException {
        try (InputStream in = Files.newInputStream(bundle)) {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certs = new ArrayList<>();
            for (Certificate c : cf.generateCertificates(in)) {
                certs.add((X509Certificate) c);
            }
            if (certs.isEmpty()) {
                throw new IOException("no certificate in " + bundle);
            }
            return new TrustedKeys(certs);
        } catch (CertificateException e) {
            throw new IOException("failed to read certificate bundle " + bundle, e);
        }
    }

    /** The trusted key the header designates, if any. */
    public Optional<PublicKey> find(JWSHeader header) {
        if (header.getX509CertChain() != null && !header.getX509CertChain().isEmpty()) {
            return fromChain(header.getX509CertChain());
        }
        if (header.getJWK() instanceof AsymmetricJWK jwk) {
            try {
                PublicKey k = jwk.toPublicKey();
                return byKid.values().stream().filter(t -> Arrays.equals(t.getEncoded(), k.getEncoded())).findFirst();
            } catch (Exception e) {
                return Optional.empty();
            }
        }
        if (header.getKeyID() != null) {
            return Optional.ofNullable(byKid.get(header.getKeyID()));
        }
        return Optional.empty();
    }

    private Optional<PublicKey> fromChain(List<Base64> chain) {
        try {
            CertificateFactory cf = CertificateFactory.getInstance("X.509");
            List<X509Certificate> certs = new ArrayList<>();
            for (Base64 b : chain) {
                certs.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(b.decode())));
            }
            for (int i = 0; i < certs.size(); i++) {
                X509Certificate c = certs.get(i);
                c.checkValidity();
                if (i > 0) {
                    certs.get(i - 1).verify(c.getPublicKey());
                }
                if (trusted(c)) {
                    return Optional.of(certs.get(0).getPublicKey());
                }
            }
        } catch (Exception e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private boolean trusted(X509Certificate c) {
        for (X509Certificate root : roots) {
            if (root.equals(c)) {
                return true;
            }
            try {
                c.verify(root.getPublicKey());
                return true;
            } catch (Exception e) {
                // not signed by this root
            }
        }
        return false;
    }
}
