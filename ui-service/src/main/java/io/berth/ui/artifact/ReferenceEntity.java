package io.berth.ui.artifact;

import io.berth.common.event.Platform;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A child manifest of an index (multi-arch image), with the platform the index names for it. */
@Entity
@Table(name = "artifact_reference")
public class ReferenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "parent_id", nullable = false)
    public long parentId;

    @Column(name = "child_digest", nullable = false)
    public String childDigest;

    @Column(name = "platform_os")
    public String os;

    @Column(name = "platform_architecture")
    public String architecture;

    @Column(name = "platform_variant")
    public String variant;

    /** Null when the index named no platform for this child. */
    public Platform platform() {
        return os == null && architecture == null ? null : new Platform(os, architecture, variant);
    }
}
