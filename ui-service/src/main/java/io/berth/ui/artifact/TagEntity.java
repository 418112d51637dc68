package io.berth.ui.artifact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "tag")
public class TagEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "tag_id")
    public Long id;

    @Column(name = "repository_id", nullable = false)
    public long repositoryId;

    @Column(name = "artifact_id", nullable = false)
    public long artifactId;

    @Column(nullable = false)
    public String name;

    @Column(name = "push_time", nullable = false)
    public Instant pushTime;

    @Column(name = "pull_time")
    public Instant pullTime;
}
