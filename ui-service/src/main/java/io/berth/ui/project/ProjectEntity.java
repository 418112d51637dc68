package io.berth.ui.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "project")
public class ProjectEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "project_id")
    public Long id;

    @Column(nullable = false, unique = true)
    public String name;

    @Column(name = "owner_id", nullable = false)
    public long ownerId;

    @Column(name = "owner_name", nullable = false)
    public String ownerName;

    @Column(name = "public", nullable = false)
    public boolean publicProject;

    /** The upstream registry of a proxy-cache project; null for an ordinary project. */
    @Column(name = "registry_id")
    public Long registryId;

    /** Created by a pull in mirror mode; caches the registry-wide upstream. */
    @Column(name = "mirror_cache", nullable = false)
    public boolean mirrorCache;

    @Column(name = "creation_time", nullable = false)
    public Instant creationTime;

    @Column(name = "update_time", nullable = false)
    public Instant updateTime;

    /** Pushes are refused in cache projects. */
    public boolean cache() {
        return registryId != null || mirrorCache;
    }
}
