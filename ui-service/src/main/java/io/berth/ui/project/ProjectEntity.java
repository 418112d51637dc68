package io.berth.ui.project;

import io.berth.ui.domain.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "project")
public class ProjectEntity extends Timestamped {

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


    /** Pushes are refused in cache projects. */
    public boolean cache() {
        return registryId != null || mirrorCache;
    }
}
