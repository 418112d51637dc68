package io.berth.ui.endpoint;

import io.berth.ui.domain.Timestamped;
import io.berth.ui.security.SecretSeal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A registry endpoint (Harbor's {@code registry}): an upstream for proxy-cache projects. */
@Entity
@Table(name = "registry")
public class RegistryEndpointEntity extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String name;

    @Column(nullable = false)
    public String description = "";

    /** {@code docker-registry} or {@code docker-hub}. */
    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public boolean insecure;

    @Column(name = "access_key")
    public String accessKey;

    /** Sealed with {@link SecretSeal}; never the plain secret. */
    @Column(name = "access_secret")
    public String accessSecret;
}
