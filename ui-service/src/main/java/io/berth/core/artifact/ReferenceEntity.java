package io.berth.core.artifact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A child manifest of an index (multi-arch image). */
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
}
