package io.berth.ui.artifact;

import io.berth.ui.domain.Timestamped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A repository the registry reported, {@code name} in full ({@code project/repo...}). */
@Entity
@Table(name = "repository")
public class RepositoryEntity extends Timestamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "repository_id")
    public Long id;

    @Column(name = "project_id", nullable = false)
    public long projectId;

    @Column(nullable = false, unique = true)
    public String name;

    @Column(nullable = false)
    public String description = "";

    @Column(name = "pull_count", nullable = false)
    public long pullCount;
}
