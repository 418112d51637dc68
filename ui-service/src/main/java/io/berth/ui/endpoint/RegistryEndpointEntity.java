package io.berth.ui.endpoint;

import io.berth.ui.security.SecretSeal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A registry endpoint (Harbor's {@code registry}): an upstream for proxy-cache projects. */
@Entity
@Table(name = "registry")
public class RegistryEndpointEntity {

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

    @Column(name = "creation_time", nullable = false)
    public Instant creationTime;

    @Column(name = "update_time", nullable = false)
    public Instant updateTime;
}
