package io.berth.core.project;

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

    @Column(name = "creation_time", nullable = false)
    public Instant creationTime;

    @Column(name = "update_time", nullable = false)
    public Instant updateTime;
}
