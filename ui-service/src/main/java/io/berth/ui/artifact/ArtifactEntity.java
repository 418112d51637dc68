package io.berth.ui.artifact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A manifest in a repository, by digest; {@code size} includes every blob it references. */
@Entity
@Table(name = "artifact")
public class ArtifactEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "artifact_id")
    public Long id;

    @Column(name = "project_id", nullable = false)
    public long projectId;

    @Column(name = "repository_id", nullable = false)
    public long repositoryId;

    @Column(nullable = false)
    public String digest;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public long size;

    @Column(name = "push_time", nullable = false)
    public Instant pushTime;

    @Column(name = "pull_time")
    public Instant pullTime;

    @Column(name = "pull_count", nullable = false)
    public long pullCount;
}
